<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessRole</name>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="20" />
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="21" />
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="22" />
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="23" />
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="23" />
        <source>requested</source>
        <translation>ansökt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="24" />
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="25" />
        <source>active</source>
        <translation>i bruk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="26" />
        <source>dormant</source>
        <translation>vilande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="27" />
        <source>closed</source>
        <translation>nedlagd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="28" />
        <source>reserved</source>
        <translation>reserverad</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="57" />
        <location filename="../src/kuntasome/core/integrity.py" line="76" />
        <source>The database file is damaged: {detail}</source>
        <translation>Databasfilen är skadad: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="61" />
        <source>The database file is intact.</source>
        <translation>Databasfilen är intakt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="66" />
        <source>Broken references between records in: {tables}</source>
        <translation>Brutna hänvisningar mellan poster i tabellerna: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="70" />
        <source>All references between records hold.</source>
        <translation>Alla hänvisningar mellan poster är i sin ordning.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="86" />
        <source>The database is not in WAL mode (it is {mode}).</source>
        <translation>Databasen är inte i WAL-läge (läge: {mode}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="102" />
        <source>The database server answers.</source>
        <translation>Databasservern svarar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="111" />
        <source>Tables are missing: {tables}</source>
        <translation>Tabeller saknas: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="136" />
        <source>The database is empty: it has no tables.</source>
        <translation>Databasen är tom: den har inga tabeller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="143" />
        <source>The database schema is {revision}; this version uses {head}. It is updated (after a backup) the next time KuntaSome starts.</source>
        <translation>Databasens schemaversion är {revision}, den här programversionen använder {head}. Schemat uppdateras (efter en säkerhetskopia) nästa gång KuntaSome startas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="155" />
        <source>The database schema is up to date ({revision}).</source>
        <translation>Databasens schema är aktuellt ({revision}).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/kuntasome/cli.py" line="70" />
        <source>KuntaSome: social media register, posting calendar, moderation log and statistics for a municipality. Without a command, the application window opens.</source>
        <translation>KuntaSome: kommunens kanalregister, publiceringskalender, modereringslogg och statistik för sociala medier. Utan kommando öppnas programfönstret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="78" />
        <source>language of the output</source>
        <translation>utskriftens språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="82" />
        <source>FOLDER</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="83" />
        <source>data folder (default: the per-user application data folder, or KUNTASOME_DATA_DIR)</source>
        <translation>datamapp (standard: användarens programdatamapp eller KUNTASOME_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="91" />
        <source>database URL, e.g. postgresql+psycopg://user@host/kuntasome (default: the SQLite file in the data folder)</source>
        <translation>databasens adress, t.ex. postgresql+psycopg://anvandare@server/kuntasome (standard: SQLite-filen i datamappen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="97" />
        <location filename="../src/kuntasome/cli.py" line="145" />
        <location filename="../src/kuntasome/cli.py" line="189" />
        <location filename="../src/kuntasome/cli.py" line="215" />
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="101" />
        <source>fill an empty database with a fictional bilingual municipality</source>
        <translation>fyll en tom databas med en fiktiv tvåspråkig kommun</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="102" />
        <source>Fill an empty database with the fictional town of Kallioranta – Bergstrand: channels, people, posts, moderation entries, check-ins and statistics.</source>
        <translation>Fyller en tom databas med den fiktiva staden Bergstrand (Kalliorannan kaupunki): kanaler, personer, inlägg, modereringsposter, bevakningskontroller och statistik.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="109" />
        <source>random seed (same seed, same data)</source>
        <translation>slumptalsfrö (samma frö, samma data)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="111" />
        <source>years of history</source>
        <translation>historikens längd i år</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="116" />
        <source>small: about 12 channels; large: the benchmark municipality</source>
        <translation>small: cirka 12 kanaler; large: den stora kommunen för prestandatester</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="121" />
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="122" />
        <source>the date the demo is built around (default: today)</source>
        <translation>dagen som demodata byggs kring (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="63" />
        <source>print the result as JSON</source>
        <translation>skriv ut resultatet som JSON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="128" />
        <source>check the database's integrity and migration state</source>
        <translation>kontrollera databasens integritet och schemaversion</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="129" />
        <source>Check the database's integrity and migration state. Changes nothing.</source>
        <translation>Kontrollerar databasens integritet och schemaversion. Ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="136" />
        <source>also compare every index with its table (slower)</source>
        <translation>jämför också varje index med sin tabell (långsammare)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="141" />
        <source>the channel register</source>
        <translation>kanalregistret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="142" />
        <source>The channel register.</source>
        <translation>Kanalregistret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="148" />
        <source>list every channel in the register</source>
        <translation>lista alla kanaler i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="162" />
        <source>the public list of official channels for the website</source>
        <translation>den offentliga förteckningen över officiella kanaler för webbplatsen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="170" />
        <source>language of the list</source>
        <translation>förteckningens språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="158" />
        <location filename="../src/kuntasome/cli.py" line="175" />
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="154" />
        <source>import a channel inventory spreadsheet (CSV or XLSX), all or nothing</source>
        <translation>importera en kanalförteckning från ett kalkylark (CSV eller XLSX), allt eller inget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="176" />
        <source>file to write</source>
        <translation>fil som skrivs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="181" />
        <source>channel passwords and backup codes in the keyring</source>
        <translation>kanalernas lösenord och reservkoder i lösenordsförrådet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="182" />
        <source>Channel passwords, backup codes, tokens and recovery notes live in the computer's password store (keyring), never in the database.</source>
        <translation>Kanalernas lösenord, reservkoder, token och återställningsuppgifter förvaras i datorns lösenordsförråd, aldrig i databasen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="192" />
        <source>store a secret; the value is read from standard input</source>
        <translation>spara en hemlighet; värdet läses från standard in</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="196" />
        <location filename="../src/kuntasome/cli.py" line="205" />
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="197" />
        <location filename="../src/kuntasome/cli.py" line="206" />
        <source>channel id, handle or platform:handle</source>
        <translation>kanalens nummer, användarnamn eller tjänst:användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="201" />
        <source>which secrets a channel has (never their values)</source>
        <translation>vilka hemligheter kanalen har (aldrig deras värden)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="211" />
        <source>people and their access to channels</source>
        <translation>personer och deras behörigheter till kanalerna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="212" />
        <source>People and their access to channels.</source>
        <translation>Personer och deras behörigheter till kanalerna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="219" />
        <source>what to revoke when a person leaves: every channel and role</source>
        <translation>vad som ska tas bort när en person slutar: alla kanaler och roller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="223" />
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="224" />
        <source>person's number, e-mail address or name</source>
        <translation>personens nummer, e-postadress eller namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="269" />
        <source>Demo data created in %1 seconds:</source>
        <translation>Demodata skapades på %1 sekunder:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="272" />
        <source>channels</source>
        <translation>kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="273" />
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="274" />
        <source>posts</source>
        <translation>inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="275" />
        <source>post targets</source>
        <translation>publiceringsmål</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="276" />
        <source>moderation entries</source>
        <translation>modereringsposter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="277" />
        <source>blocked users</source>
        <translation>blockerade användare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="278" />
        <source>monitoring check-ins</source>
        <translation>bevakningskontroller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="279" />
        <source>metric values</source>
        <translation>statistikvärden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="303" />
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="308" />
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="310" />
        <source>Problems found.</source>
        <translation>Problem hittades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="342" />
        <location filename="../src/kuntasome/cli.py" line="398" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n kanal</numerusform><numerusform>%n kanaler</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="364" />
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="374" />
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>%n kanal importerades.</numerusform><numerusform>%n kanaler importerades.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="406" />
        <source>Secret (not shown): </source>
        <translation>Hemlighet (visas inte): </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="421" />
        <source>Saved in the password store: %1 of %2.</source>
        <translation>Sparat i lösenordsförrådet: %1, kanal %2.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="454" />
        <source>Access to revoke for %1:</source>
        <translation>Behörigheter som ska tas bort: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="459" />
        <source>Responsible manager of (choose a new one):</source>
        <translation>Ansvarig chef för dessa kanaler (välj en ny):</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="45" />
        <source>KuntaSome – unexpected error</source>
        <translation>KuntaSome – oväntat fel</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="48" />
        <source>Something went wrong that KuntaSome did not expect. Your saved data is safe; the action you were doing may not have finished.</source>
        <translation>Något gick fel som KuntaSome inte förväntade sig. Dina sparade uppgifter är i säkerhet, men det du just gjorde kan ha blivit ofullbordat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="55" />
        <source>The details below were also written to the log file:
%1</source>
        <translation>Uppgifterna nedan har också skrivits i loggfilen:
%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="70" />
        <source>{name} is not a KuntaSome database. Choose another file or folder.</source>
        <translation>{name} är inte en KuntaSome-databas. Välj en annan fil eller mapp.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="78" />
        <source>The database {name} was made by a newer version of KuntaSome (schema {revision}). Install the newer version to open it. Nothing was changed.</source>
        <translation>Databasen {name} har skapats med en nyare version av KuntaSome (schemaversion {revision}). Installera den nyare versionen för att öppna den. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="92" />
        <source>The database file {path} is damaged or is not a database ({detail}). Nothing was changed. Restore it from a backup in the backups folder.</source>
        <translation>Databasfilen {path} är skadad eller är ingen databas ({detail}). Ingenting ändrades. Återställ filen från en säkerhetskopia i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="104" />
        <source>The database {path} is in use by another program, or by KuntaSome in another window. Close it and try again.</source>
        <translation>Databasen {path} används av ett annat program eller av KuntaSome i ett annat fönster. Stäng det och försök igen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="178" />
        <source>Cannot connect to the database server {name}: {detail}</source>
        <translation>Det går inte att ansluta till databasservern {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="224" />
        <location filename="../src/kuntasome/core/integrity.py" line="128" />
        <source>The database file {path} does not exist.</source>
        <translation>Databasfilen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="546" />
        <source>The database already holds {count} channels. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <translation>Databasen innehåller redan {count} kanaler. Demodata kan bara skapas i en tom databas: använd en annan datamapp (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="79" />
        <source>“{value}” is not a valid {platform} address. Write it like this: {example}</source>
        <translation>”{value}” är inte en giltig {platform}-adress. Skriv den till exempel så här: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="94" />
        <source>Use a secure https:// address, not http://: {value}</source>
        <translation>Använd en säker https://-adress, inte http://: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="109" />
        <source>Unknown platform: {platform}</source>
        <translation>Okänd tjänst: {platform}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="105" />
        <location filename="../src/kuntasome/core/channel_register.py" line="197" />
        <source>No channel {ref} in the register.</source>
        <translation>Kanalen {ref} finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="108" />
        <source>Several channels are called {ref}: write it as platform:handle, e.g. {example}.</source>
        <translation>Flera kanaler heter {ref}: skriv i formen tjänst:användarnamn, t.ex. {example}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="158" />
        <source>{platform} {handle} is already in the register ({name}).</source>
        <translation>{platform}-kontot {handle} finns redan i registret ({name}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="201" />
        <source>A channel cannot go from {old} to {new}.</source>
        <translation>Kanalens status kan inte ändras: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="52" />
        <source>The computer's password store (keyring) is not available, so passwords and backup codes cannot be saved or shown. Everything else keeps working.</source>
        <translation>Datorns lösenordsförråd är inte tillgängligt, så lösenord och reservkoder kan inte sparas eller visas. Allt annat fungerar som vanligt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="96" />
        <source>The secret is empty.</source>
        <translation>Hemligheten är tom.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="100" />
        <source>The secret is too long for the Windows password store: at most {limit} characters (this one has {length}). Split it, or keep the rest elsewhere.</source>
        <translation>Hemligheten är för lång för Windows lösenordsförråd: högst {limit} tecken (den här har {length}). Dela upp den eller förvara resten någon annanstans.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="124" />
        <source>No such secret is stored in this computer's password store.</source>
        <translation>En sådan hemlighet finns inte i den här datorns lösenordsförråd.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="153" />
        <location filename="../src/kuntasome/core/access.py" line="169" />
        <location filename="../src/kuntasome/core/access.py" line="236" />
        <source>No person {ref} in the register.</source>
        <translation>Personen {ref} finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="212" />
        <source>No such access in the register.</source>
        <translation>En sådan behörighet finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="78" />
        <source>Answer “{question}” before sending the request.</source>
        <translation>Svara på frågan ”{question}” innan du skickar ansökan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="121" />
        <source>This request is no longer waiting.</source>
        <translation>Den här ansökan väntar inte längre på beslut.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="124" />
        <source>Only a responsible manager can decide on a request.</source>
        <translation>Endast en ansvarig chef kan besluta om en ansökan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="127" />
        <source>Give a reason for the rejection.</source>
        <translation>Ange en motivering till avslaget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="142" />
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="149" />
        <source>{path} has no rows to import: expected a header row and one row per channel.</source>
        <translation>Filen {path} har inga rader att importera: en rubrikrad och en rad per kanal förväntades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="166" />
        <source>{path} is not a readable Excel workbook.</source>
        <translation>{path} är inte en läsbar Excel-arbetsbok.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="208" />
        <source>Choose which column holds the {field}: it is needed for every channel.</source>
        <translation>Välj kolumnen som innehåller {field}: den behövs för varje kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="228" />
        <source>The same account is already on row {row}.</source>
        <translation>Samma konto finns redan på rad {row}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="252" />
        <source>Unknown service “{value}”: expected one of {known}.</source>
        <translation>Okänd tjänst ”{value}”: en av följande förväntades: {known}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="264" />
        <source>Unknown status “{value}”.</source>
        <translation>Okänd status ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="270" />
        <source>Unknown language “{value}”.</source>
        <translation>Okänt språk ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="298" />
        <source>Nothing was imported: {count} rows have problems. First, row {row}: {reason}</source>
        <translation>Ingenting importerades: {count} rader har problem. Den första, rad {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="313" />
        <source>Nothing was imported: row {row}, {handle}, is already in the register.</source>
        <translation>Ingenting importerades: kontot {handle} på rad {row} finns redan i registret.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="238" />
        <source>platform</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="239" />
        <source>address or handle</source>
        <translation>adress eller användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="240" />
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="241" />
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="242" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="243" />
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="244" />
        <source>purpose</source>
        <translation>syfte</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="26" />
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="27" />
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="28" />
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="135" />
        <source>KuntaSome</source>
        <translation>KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="139" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="140" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="142" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="143" />
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="144" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="146" />
        <source>Open &amp;data folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="147" />
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="148" />
        <source>&amp;About KuntaSome</source>
        <translation>&amp;Om KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="149" />
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="153" />
        <source>Database: %1 (%2)</source>
        <translation>Databas: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="186" />
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="200" />
        <source>About KuntaSome</source>
        <translation>Om KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="202" />
        <source>&lt;h3&gt;KuntaSome %1&lt;/h3&gt;&lt;p&gt;Responsible social media for a municipality's communications team: channel register, posting calendar, moderation log, statistics, reports and archive.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KuntaSome %1&lt;/h3&gt;&lt;p&gt;Ansvarsfulla sociala medier för kommunens kommunikationsteam: kanalregister, publiceringskalender, modereringslogg, statistik, rapporter och arkivering.&lt;/p&gt;&lt;p&gt;Datamapp: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="140" />
        <source>This section is not available in this version of KuntaSome yet.
It will be added in a coming update; until then nothing is shown here.</source>
        <translation>Den här delen finns ännu inte i den här versionen av KuntaSome.
Den läggs till i en kommande uppdatering; fram till dess visas ingenting här.</translation>
    </message>
</context>
<context>
    <name>PublicList</name>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="31" />
        <source>Official social media channels of {organisation}</source>
        <translation>Officiella kanaler i sociala medier – {organisation}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="32" />
        <source>These are the official accounts of {organisation}. Other accounts that use our name are not maintained by us. List updated on {date}.</source>
        <translation>Det här är de officiella kontona för {organisation}. Andra konton som använder vårt namn upprätthålls inte av oss. Förteckningen uppdaterades {date}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="38" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="39" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="40" />
        <source>Maintained by</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="41" />
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="42" />
        <source>What we post there</source>
        <translation>Vad vi publicerar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="44" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
</context>
<context>
    <name>RequestQuestion</name>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="24" />
        <source>Name of the channel</source>
        <translation>Kanalens namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="25" />
        <source>Why is the channel needed?</source>
        <translation>Varför behövs kanalen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="26" />
        <source>Whom should it reach?</source>
        <translation>Vilka ska kanalen nå?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="27" />
        <source>What will be published, and how often?</source>
        <translation>Vad ska publiceras och hur ofta?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="28" />
        <source>What should change because of it?</source>
        <translation>Vad vill man åstadkomma med kanalen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="29" />
        <source>Who maintains it, and with how many hours?</source>
        <translation>Vem sköter kanalen och med hur mycket arbetstid?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="28" />
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="29" />
        <source>What needs attention now.</source>
        <translation>Det som behöver uppmärksamhet just nu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="35" />
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="36" />
        <source>The channel register: every account, who owns it and who can log in, its purpose, security and review dates, new-channel requests and the public channel list for the website.</source>
        <translation>Kanalregistret: alla konton, vem som ansvarar för dem och vem som kan logga in, syfte, informationssäkerhet och granskningsdatum, ansökningar om nya kanaler och den offentliga kanalförteckningen för webbplatsen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="45" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="46" />
        <source>The posting calendar: posts in Finnish, Swedish and English for several channels, approval, frequency targets, crisis mode and export to Outlook.</source>
        <translation>Publiceringskalendern: inlägg på finska, svenska och engelska i flera kanaler, godkännande, mål för publiceringstakten, krisläge och export till Outlook.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="54" />
        <source>Moderation</source>
        <translation>Moderering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="55" />
        <source>The moderation and dialogue log: answers, removals with screenshot evidence, blocked users, response deadlines and monitoring check-ins.</source>
        <translation>Modererings- och dialogloggen: svar, borttagningar med skärmdumpar som bevis, blockerade användare, svarstider och bevakningskontroller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="63" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="64" />
        <source>Statistics imported from the files the platforms export, with charts.</source>
        <translation>Statistik från plattformarnas egna exportfiler, med diagram.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="70" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="71" />
        <source>Management reports for a month, quarter or half-year as PDF/A.</source>
        <translation>Rapporter till ledningen för en månad, ett kvartal eller ett halvår i PDF/A-format.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="77" />
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="78" />
        <source>Archive bundles for the public-records archive, retention and disposal, backup and restore.</source>
        <translation>Arkivpaket för arkivbildningen, bevarandetider och gallring, säkerhetskopiering och återställning.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="96" />
        <source>Welcome to KuntaSome</source>
        <translation>Välkommen till KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="96" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="100" />
        <source>KuntaSome keeps your organisation's social media register, posting calendar, moderation log and statistics on this computer. Choose your language and tell us whose channels these are.</source>
        <translation>KuntaSome förvarar din organisations kanalregister, publiceringskalender, modereringslogg och statistik för sociala medier på den här datorn. Välj språk och berätta vems kanaler det gäller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="105" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="106" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="107" />
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="108" />
        <source>e.g. City of Kallioranta</source>
        <translation>t.ex. Bergstrands stad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="109" />
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="110" />
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="112" />
        <source>Data folder: %1
Database: %2</source>
        <translation>Datamapp: %1
Databas: %2</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="132" />
        <source>Please enter the organisation's name.</source>
        <translation>Skriv organisationens namn.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/kuntasome/app.py" line="48" />
        <source>The database file %1 does not exist.

If you moved it, quit and move it back. Otherwise KuntaSome can start with a new, empty database.

Create a new, empty database?</source>
        <translation>Databasfilen %1 finns inte.

Om du har flyttat filen, avsluta och flytta tillbaka den. Annars kan KuntaSome börja med en ny, tom databas.

Skapa en ny, tom databas?</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="107" />
        <source>The overview could not be loaded: %1</source>
        <translation>Översikten kunde inte läsas in: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="112" />
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="123" />
        <source>Posts planned for today</source>
        <translation>Inlägg planerade för i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="124" />
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n ska ut inom en timme</numerusform><numerusform>%n ska ut inom en timme</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="128" />
        <source>Posts waiting for approval</source>
        <translation>Inlägg som väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="133" />
        <source>Comments waiting for an answer</source>
        <translation>Kommentarer som väntar på svar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="134" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n efter tidsfristen</numerusform><numerusform>%n efter tidsfristen</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="139" />
        <source>Scheduled posts not marked published</source>
        <translation>Schemalagda inlägg som inte markerats som publicerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="144" />
        <source>Channel reviews overdue</source>
        <translation>Försenade kanalgranskningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="145" />
        <source>%1 active channels of %2 in the register</source>
        <translation>%1 aktiva kanaler av %2 i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="151" />
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="153" />
        <source>Last monitoring check-in</source>
        <translation>Senaste bevakningskontroll</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="49" />
        <source>Fewer than two people have admin access ({count}).</source>
        <translation>Färre än två personer har administratörsbehörighet ({count}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="52" />
        <source>{person}'s admin access has not been verified for {months} months.</source>
        <translation>Administratörsbehörigheten för {person} har inte kontrollerats på {months} månader.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="55" />
        <source>{person} has left but still has {role} access.</source>
        <translation>{person} har slutat men har fortfarande behörighet (roll: {role}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="58" />
        <source>No responsible manager.</source>
        <translation>Ansvarig chef saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="59" />
        <source>Two-factor authentication is not in use.</source>
        <translation>Tvåstegsverifiering används inte.</translation>
    </message>
</context>
</TS>
