"""The moderation and dialogue log: the chain, evidence, blocks, monitoring, deadlines, figures."""
