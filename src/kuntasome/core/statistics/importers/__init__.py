"""Reading the files the platforms export: detect the kind by headers and content, never by
the file name, and turn it into normalised daily channel metrics and post metrics."""
