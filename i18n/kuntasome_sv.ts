<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="55"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="56"/>
        <source>Access</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="57"/>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="58"/>
        <source>Last verified</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="59"/>
        <source>Revoked</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="93"/>
        <source>Grant access…</source>
        <translation>Bevilja behörighet…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="94"/>
        <source>Verified today</source>
        <translation>Kontrollerad i dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="96"/>
        <source>You checked on the platform today that this person&apos;s access is right.</source>
        <translation>Du kontrollerade i dag i tjänsten att personens behörighet stämmer.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="98"/>
        <source>Revoke…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="118"/>
        <source>{person} (left {person_left_on})</source>
        <translation>{person} (slutat {person_left_on})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="189"/>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="204"/>
        <source>Revoke access</source>
        <translation>Ta bort behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="192"/>
        <source>Record that {person}&apos;s {role} access was removed on the platform today?

Remove it on the platform first; this only records it.</source>
        <translation>Registrera att behörigheten ({role}) för {person} togs bort i tjänsten i dag?

Ta först bort den i tjänsten; det här registrerar det bara.</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="28"/>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="29"/>
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="30"/>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="31"/>
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="187"/>
        <source>Archive snapshots</source>
        <translation>Arkivpaket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="59"/>
        <source>Records due for disposal</source>
        <translation>Uppgifter som ska gallras</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="79"/>
        <source>Disposal log</source>
        <translation>Gallringslogg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="236"/>
        <source>Legal holds</source>
        <translation>Gallringsstopp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="31"/>
        <source>Records plan</source>
        <translation>Dokumenthanteringsplan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_list.py" line="42"/>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="47"/>
        <source>Posts of the day</source>
        <translation>Dagens inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="158"/>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="139"/>
        <source>Channels of the post</source>
        <translation>Inläggets kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="71"/>
        <source>Access to the channel</source>
        <translation>Behörigheter till kanalen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="64"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="45"/>
        <source>Search the register</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="81"/>
        <source>Channel register</source>
        <translation>Kanalregister</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="48"/>
        <source>New-channel requests</source>
        <translation>Ansökningar om nya kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="70"/>
        <source>Channel reviews</source>
        <translation>Kanalgranskningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="194"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="177"/>
        <source>Blocked accounts</source>
        <translation>Blockerade konton</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="29"/>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="30"/>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="35"/>
        <source>Response times</source>
        <translation>Svarstider</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="136"/>
        <source>Moderation log</source>
        <translation>Modereringslogg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="91"/>
        <source>Monitoring check-ins</source>
        <translation>Bevakningskontroller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="50"/>
        <source>Data subject requests</source>
        <translation>Begäran från registrerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="39"/>
        <source>Reports made</source>
        <translation>Gjorda rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="102"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="115"/>
        <source>The chart as a table</source>
        <translation>Diagrammet som tabell</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="152"/>
        <source>Imported files</source>
        <translation>Importerade filer</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="39"/>
        <source>This file</source>
        <translation>Den här filen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="50"/>
        <source>Choose the channel</source>
        <translation>Välj kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="55"/>
        <source>{name} is a {kind} file. Choose the channel its figures belong to; accounts are remembered for the next import.</source>
        <translation>{name} är en fil av typen {kind}. Välj kanalen som siffrorna hör till; kontona sparas till nästa import.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="178"/>
        <source>Social media records of {organisation}: channel register, posts, moderation log with evidence, statistics, management report and audit log, {first} – {last}.</source>
        <translation>{organisation}: handlingar från sociala medier – kanalregister, inlägg, modereringslogg med bevis, statistik, rapport till ledningen och händelselogg, {first}–{last}.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="358"/>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="464"/>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A folder</source>
        <translation>En mapp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A zip file</source>
        <translation>En zip-fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A tar file</source>
        <translation>En tar-fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="242"/>
        <source>BagIt bag (RFC 8493)</source>
        <translation>BagIt-paket (RFC 8493)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="243"/>
        <source>E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</source>
        <translation>E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="245"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="246"/>
        <source>P&amp;eriod length</source>
        <translation>Periodens &amp;längd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="247"/>
        <source>&amp;Period</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="248"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="249"/>
        <source>&amp;Save as</source>
        <translation>S&amp;para som</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="250"/>
        <source>&amp;Language of the README</source>
        <translation>Språk &amp;i README-filen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="253"/>
        <source>&amp;Make snapshot…</source>
        <translation>&amp;Skapa arkivpaket…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="256"/>
        <source>A snapshot is a BagIt bag (RFC 8493) of the period&apos;s records: the channel register and its history, posts, the moderation log with its evidence, blocks, check-ins, statistics, the management report and the audit log, with a README that explains every file. Any BagIt tool can check it. Public-records practice asks for one every half-year, and a final one when a channel is closed.</source>
        <translation>Ett arkivpaket är ett BagIt-paket (RFC 8493) med periodens handlingar: kanalregistret och dess historik, inlägg, modereringsloggen med bevis, blockeringar, bevakningskontroller, statistik, rapporten till ledningen och händelseloggen, med en README som förklarar varje fil. Vilket BagIt-verktyg som helst kan kontrollera det. Praxis för arkivbildningen är ett paket varje halvår och ett sista när en kanal stängs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="263"/>
        <source>Check &amp;the chosen one</source>
        <translation>Kontrollera &amp;det valda</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="264"/>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="267"/>
        <source>Made</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="268"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="269"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="270"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="271"/>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="274"/>
        <source>Snapshots</source>
        <translation>Arkivpaket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="275"/>
        <source>Snapshots made</source>
        <translation>Skapade arkivpaket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="276"/>
        <source>Records plan</source>
        <translation>Dokumenthanteringsplan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="277"/>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="498"/>
        <source>Disposal</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="278"/>
        <source>Legal holds</source>
        <translation>Gallringsstopp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="311"/>
        <source>The whole register</source>
        <translation>Hela registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="325"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="335"/>
        <source>The snapshot of {period} is due: make it here.</source>
        <translation>Arkivpaketet för {period} ska skapas: gör det här.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="382"/>
        <source>New folder for the snapshot</source>
        <translation>Ny mapp för arkivpaketet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="386"/>
        <source>Save the snapshot as</source>
        <translation>Spara arkivpaketet som</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="388"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="390"/>
        <source>Tar files (*.tar)</source>
        <translation>Tar-filer (*.tar)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="403"/>
        <source>Making the snapshot…</source>
        <translation>Skapar arkivpaketet…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="418"/>
        <source>Snapshot cancelled: nothing was written.</source>
        <translation>Arkivpaketet avbröts: ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="421"/>
        <source>The snapshot was not made</source>
        <translation>Arkivpaketet skapades inte</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="428"/>
        <source>Snapshot made: %n file(s) in {path}.</source>
        <translation>
            <numerusform>Arkivpaketet har skapats: %n fil i {path}.</numerusform>
            <numerusform>Arkivpaketet har skapats: %n filer i {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="454"/>
        <source>Checking every file of the snapshot…</source>
        <translation>Kontrollerar varje fil i arkivpaketet…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="460"/>
        <source>The snapshot is not intact</source>
        <translation>Arkivpaketet är inte intakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="467"/>
        <source>The snapshot is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>Arkivpaketet är intakt: %n fil, varje kontrollsumma ({algorithms}) stämmer.</numerusform>
            <numerusform>Arkivpaketet är intakt: %n filer, varje kontrollsumma ({algorithms}) stämmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="492"/>
        <source>Disposed of %n record(s); see the disposal log.</source>
        <translation>
            <numerusform>%n handling gallrades; se gallringsloggen.</numerusform>
            <numerusform>%n handlingar gallrades; se gallringsloggen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="501"/>
        <source>These evidence files could not be deleted; delete them by hand:
{files}</source>
        <translation>De här bevisfilerna kunde inte raderas; radera dem för hand:
{files}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="517"/>
        <source>Nothing was disposed of</source>
        <translation>Ingenting gallrades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="532"/>
        <source>Hold placed.</source>
        <translation>Gallringsstopp infört.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="539"/>
        <source>The hold was not placed</source>
        <translation>Gallringsstoppet infördes inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="550"/>
        <source>The hold was not lifted</source>
        <translation>Gallringsstoppet hävdes inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="551"/>
        <source>Hold lifted.</source>
        <translation>Gallringsstoppet har hävts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="576"/>
        <source>The records plan was not saved</source>
        <translation>Dokumenthanteringsplanen sparades inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="577"/>
        <source>Records plan saved.</source>
        <translation>Dokumenthanteringsplanen har sparats.</translation>
    </message>
</context>
<context>
    <name>ArchiveReadme</name>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="33"/>
        <source>Channel register</source>
        <translation>Kanalregister</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="34"/>
        <source>Every account of the organisation on a social media service, as it is registered when the snapshot is made (channels.json holds the same records exactly).</source>
        <translation>Varje konto som organisationen har på sociala medier, så som det är registrerat när arkivpaketet skapas (channels.json innehåller samma uppgifter exakt).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="41"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="88"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="107"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="130"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="167"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="229"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="290"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="310"/>
        <source>number of the channel in the register</source>
        <translation>kanalens nummer i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="42"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="292"/>
        <source>the social media service</source>
        <translation>tjänsten i sociala medier</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="43"/>
        <source>the account&apos;s name on the service</source>
        <translation>kontots namn i tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="44"/>
        <source>the name shown on the service</source>
        <translation>namnet som visas i tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="45"/>
        <source>web address of the account</source>
        <translation>kontots webbadress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="48"/>
        <source>the unit of the organisation that owns the channel</source>
        <translation>den enhet i organisationen som äger kanalen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="52"/>
        <source>the person responsible for the channel</source>
        <translation>den person som ansvarar för kanalen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="53"/>
        <source>what the channel is for</source>
        <translation>vad kanalen används till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="54"/>
        <source>content languages (fi, sv, en)</source>
        <translation>innehållets språk (fi, sv, en)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="57"/>
        <source>requested, approved, active, dormant, closed or reserved</source>
        <translation>ansökt, godkänd, aktiv, vilande, stängd eller reserverad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="63"/>
        <source>when the status last changed (UTC)</source>
        <translation>när statusen senast ändrades (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="67"/>
        <source>two-factor authentication method of the account</source>
        <translation>kontots metod för tvåstegsverifiering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="71"/>
        <source>whether the channel is on the public list</source>
        <translation>om kanalen finns i den offentliga kanalförteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="75"/>
        <source>date of the last periodic review</source>
        <translation>datum för den senaste periodiska granskningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="77"/>
        <source>date the channel was closed</source>
        <translation>datum då kanalen stängdes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="82"/>
        <source>Status history of the channels</source>
        <translation>Kanalernas statushistorik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="83"/>
        <source>Every change of a channel&apos;s status, from the audit log.</source>
        <translation>Varje ändring av en kanals status, ur händelseloggen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="90"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="207"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="312"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="337"/>
        <source>when (UTC)</source>
        <translation>när (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="91"/>
        <source>the status before</source>
        <translation>statusen före</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="92"/>
        <source>the status after</source>
        <translation>statusen efter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="93"/>
        <source>why, as recorded</source>
        <translation>orsaken som den registrerades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="94"/>
        <source>who made the change</source>
        <translation>vem som gjorde ändringen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="99"/>
        <source>Access history</source>
        <translation>Behörighetshistorik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="100"/>
        <source>Who could log in to each channel, in which role, from when to when.</source>
        <translation>Vem som har kunnat logga in i varje kanal, i vilken roll och från när till när.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="109"/>
        <source>the person given access</source>
        <translation>personen som fick behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="110"/>
        <source>admin, editor, moderator or analyst</source>
        <translation>administratör, redaktör, moderator eller analytiker</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="111"/>
        <source>date access was given</source>
        <translation>datum då behörigheten gavs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="114"/>
        <source>date it was last checked on the service</source>
        <translation>datum då den senast kontrollerades i tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="118"/>
        <source>date it was removed (empty: still valid)</source>
        <translation>datum då den togs bort (tom: gäller fortfarande)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="124"/>
        <source>Channel reviews</source>
        <translation>Granskningar av kanalerna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="125"/>
        <source>The periodic reviews of the channels and their outcome.</source>
        <translation>De periodiska granskningarna av kanalerna och deras resultat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="132"/>
        <source>date of the review</source>
        <translation>granskningens datum</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="133"/>
        <source>who reviewed</source>
        <translation>vem som granskade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="134"/>
        <source>keep, change or close</source>
        <translation>behålls, ändras eller stängs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="135"/>
        <source>notes of the review</source>
        <translation>anteckningar från granskningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="140"/>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="141"/>
        <source>The posts planned for the period, one row per post and language.</source>
        <translation>Inläggen som planerats för perioden, en rad per inlägg och språk.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="146"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="164"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="188"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="206"/>
        <source>number of the post</source>
        <translation>inläggets nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="147"/>
        <source>working title of the post</source>
        <translation>inläggets arbetsnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="148"/>
        <source>the post&apos;s status in the workflow</source>
        <translation>inläggets status i arbetsflödet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="149"/>
        <source>language of the text (fi, sv, en)</source>
        <translation>textens språk (fi, sv, en)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="150"/>
        <source>the text in that language</source>
        <translation>texten på det språket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="151"/>
        <source>whether it is a paid post</source>
        <translation>om det är ett betalt inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="152"/>
        <source>when it was approved (UTC)</source>
        <translation>när det godkändes (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="153"/>
        <source>who approved it</source>
        <translation>vem som godkände det</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="158"/>
        <source>Publications</source>
        <translation>Publiceringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="159"/>
        <source>Each post on each channel: when it was planned and published, and where.</source>
        <translation>Varje inlägg i varje kanal: när det planerades och publicerades, och var.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="169"/>
        <source>planned time (UTC)</source>
        <translation>planerad tid (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="172"/>
        <source>planned, scheduled, published or cancelled</source>
        <translation>planerad, schemalagd, publicerad eller struken</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="174"/>
        <source>when it was published (UTC)</source>
        <translation>när det publicerades (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="175"/>
        <source>address of the published post</source>
        <translation>det publicerade inläggets adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="180"/>
        <source>Media of the posts</source>
        <translation>Inläggens mediefiler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="181"/>
        <source>Pictures and videos of the period&apos;s posts; the files are in calendar/media under their SHA-256.</source>
        <translation>Bilder och videor i periodens inlägg; filerna finns i calendar/media, namngivna efter sin SHA-256.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="189"/>
        <source>the file in this snapshot</source>
        <translation>filen i det här paketet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="190"/>
        <source>the file&apos;s name when it was added</source>
        <translation>filens namn när den lades till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="191"/>
        <source>SHA-256 of the file</source>
        <translation>filens SHA-256</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="192"/>
        <source>who holds the rights</source>
        <translation>vem som innehar rättigheterna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="193"/>
        <source>licence or terms of use</source>
        <translation>licens eller användningsvillkor</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="194"/>
        <source>consent of the people shown</source>
        <translation>samtycke från personerna som syns</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="195"/>
        <source>alternative text in Finnish</source>
        <translation>alternativ text på finska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="196"/>
        <source>alternative text in Swedish</source>
        <translation>alternativ text på svenska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="197"/>
        <source>alternative text in English</source>
        <translation>alternativ text på engelska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="202"/>
        <source>Status history of the posts</source>
        <translation>Inläggens statushistorik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="203"/>
        <source>Every change of the period&apos;s posts, from the audit log.</source>
        <translation>Varje ändring av periodens inlägg, ur händelseloggen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="208"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="339"/>
        <source>what was done</source>
        <translation>vad som gjordes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="209"/>
        <source>who did it</source>
        <translation>vem som gjorde det</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="210"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="342"/>
        <source>details as recorded (JSON)</source>
        <translation>detaljer som de registrerades (JSON)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="215"/>
        <source>Moderation and dialogue log</source>
        <translation>Modererings- och dialoglogg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="216"/>
        <source>Every handled comment of the period, every version (a correction is a new entry pointing to the one it corrects), with the hash chain: entry_hash is SHA-256 over the entry and prev_hash, the hash of the entry before it. entries.json holds the same exactly.</source>
        <translation>Varje hanterad kommentar under perioden, alla versioner (en rättelse är en ny anteckning som pekar på den post den rättar), med hashkedjan: entry_hash är SHA-256 över anteckningen och prev_hash, hashen för anteckningen före den. entries.json innehåller samma uppgifter exakt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="225"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="266"/>
        <source>number of the entry</source>
        <translation>anteckningens nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="226"/>
        <source>the entry this one corrects</source>
        <translation>anteckningen som den här rättar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="231"/>
        <source>question, feedback, inappropriate, …</source>
        <translation>fråga, respons, olämplig, …</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="232"/>
        <source>answered, removed, hidden, forwarded, …</source>
        <translation>besvarad, borttagen, dold, vidarebefordrad, …</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="233"/>
        <source>reason of a removal</source>
        <translation>orsak till borttagningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="234"/>
        <source>when the comment was written (UTC)</source>
        <translation>när kommentaren skrevs (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="235"/>
        <source>when it was seen (UTC)</source>
        <translation>när den upptäcktes (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="236"/>
        <source>when it was answered (UTC)</source>
        <translation>när den besvarades (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="237"/>
        <source>when the answer was due (UTC)</source>
        <translation>när svaret senast skulle ges (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="238"/>
        <source>the writer&apos;s account (personal data)</source>
        <translation>skribentens konto (personuppgift)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="239"/>
        <source>address of the comment</source>
        <translation>kommentarens adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="240"/>
        <source>the comment&apos;s text (personal data)</source>
        <translation>kommentarens text (personuppgift)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="241"/>
        <source>the answer given</source>
        <translation>svaret som gavs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="242"/>
        <source>case number in the records system</source>
        <translation>diarienummer i ärendehanteringssystemet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="243"/>
        <source>who handled it</source>
        <translation>vem som hanterade den</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="246"/>
        <source>why a removal has no screenshot</source>
        <translation>varför en borttagning saknar skärmbild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="248"/>
        <source>when the entry was recorded (UTC)</source>
        <translation>när anteckningen registrerades (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="251"/>
        <source>hash of the entry before this one in the chain</source>
        <translation>hashen för den föregående anteckningen i kedjan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="253"/>
        <source>hash of this entry</source>
        <translation>hashen för den här anteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="258"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="259"/>
        <source>Screenshots of removed comments: the original picture and its PDF/A, in moderation/evidence under their SHA-256.</source>
        <translation>Skärmbilder av borttagna kommentarer: originalbilden och dess PDF/A, i moderation/evidence, namngivna efter sin SHA-256.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="267"/>
        <source>the original picture in this snapshot</source>
        <translation>originalbilden i det här paketet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="268"/>
        <source>the PDF/A made of it</source>
        <translation>den PDF/A som gjorts av den</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="269"/>
        <source>SHA-256 of the original</source>
        <translation>originalets SHA-256</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="270"/>
        <source>SHA-256 of the PDF/A</source>
        <translation>PDF/A-filens SHA-256</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="273"/>
        <source>the picture&apos;s name when it was captured</source>
        <translation>bildens namn när den togs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="275"/>
        <source>when it was captured (UTC)</source>
        <translation>när den togs (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="276"/>
        <source>who captured it</source>
        <translation>vem som tog den</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="281"/>
        <source>Blocked accounts</source>
        <translation>Blockerade konton</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="282"/>
        <source>Accounts blocked during the period or still blocked at its start.</source>
        <translation>Konton som blockerades under perioden eller fortfarande var blockerade när den började.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="287"/>
        <source>number of the block</source>
        <translation>blockeringens nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="293"/>
        <source>the blocked account (personal data)</source>
        <translation>det blockerade kontot (personuppgift)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="294"/>
        <source>date of the block</source>
        <translation>datum för blockeringen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="295"/>
        <source>who decided it</source>
        <translation>vem som beslutade om den</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="296"/>
        <source>why</source>
        <translation>orsak</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="297"/>
        <source>the log entry that led to it</source>
        <translation>logganteckningen som ledde till den</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="298"/>
        <source>date the block was lifted</source>
        <translation>datum då blockeringen hävdes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="299"/>
        <source>why it was lifted</source>
        <translation>varför den hävdes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="304"/>
        <source>Monitoring check-ins</source>
        <translation>Bevakningskontroller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="305"/>
        <source>Each time a person checked the channels for new comments.</source>
        <translation>Varje gång någon kontrollerade kanalerna efter nya kommentarer.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="313"/>
        <source>who checked</source>
        <translation>vem som kontrollerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="318"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="319"/>
        <source>One file per channel and metric (followers, reach, impressions, …), one row per day, from the services&apos; own export files.</source>
        <translation>En fil per kanal och mått (följare, räckvidd, visningar, …), en rad per dag, ur tjänsternas egna exportfiler.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="326"/>
        <source>the day</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="327"/>
        <source>the metric&apos;s value that day</source>
        <translation>måttets värde den dagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="332"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="333"/>
        <source>Who did what and when in KuntaSome during the period.</source>
        <translation>Vem som gjorde vad och när i KuntaSome under perioden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="336"/>
        <source>number of the audit entry</source>
        <translation>logganteckningens nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="338"/>
        <source>who</source>
        <translation>vem</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="340"/>
        <source>the kind of record</source>
        <translation>typ av uppgift</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="341"/>
        <source>its number</source>
        <translation>dess nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="371"/>
        <source>Social media records of {organisation}</source>
        <translation>{organisation}: handlingar från sociala medier</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="374"/>
        <source>Period: {first} – {last}</source>
        <translation>Period: {first}–{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="378"/>
        <source>This is a BagIt bag (RFC 8493). The files are in data/; manifest-sha256.txt and manifest-sha512.txt hold the checksum of each, bag-info.txt describes the bag. Check it with any BagIt tool, e.g. “bagit.py --validate FOLDER”, or with “kuntasome archive verify FOLDER”.</source>
        <translation>Det här är ett BagIt-paket (RFC 8493). Filerna finns i data/; manifest-sha256.txt och manifest-sha512.txt innehåller kontrollsumman för varje fil, och bag-info.txt beskriver paketet. Kontrollera det med valfritt BagIt-verktyg, till exempel ”bagit.py --validate MAPP”, eller med ”kuntasome archive verify MAPP”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="386"/>
        <source>This is an E-ARK SIP 2.1 information package (CSIP 2.1, in Sweden FGS Paketstruktur 2.0). The records are in representations/rep1/data/ and the paths below are inside it; METS.xml and representations/rep1/METS.xml list every file with its SHA-256; metadata/ holds Dublin Core, PREMIS and the records-plan metadata. Check it with “kuntasome archive verify FOLDER” or an E-ARK validator.</source>
        <translation>Det här är ett E-ARK SIP 2.1-informationspaket (CSIP 2.1, i Sverige FGS Paketstruktur 2.0). Handlingarna finns i representations/rep1/data/ och sökvägarna nedan är inuti den; METS.xml och representations/rep1/METS.xml förtecknar varje fil med dess SHA-256; metadata/ innehåller Dublin Core, PREMIS och informationsstyrningsplanens metadata. Kontrollera det med ”kuntasome archive verify MAPP” eller en E-ARK-validerare.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="394"/>
        <source>Tables are CSV files (UTF-8, comma-separated, first row the column names). Times are in UTC (ISO 8601, ending in Z). A cell that would start with = + - or @ begins with an apostrophe, so that a spreadsheet never runs it as a formula; the JSON files keep the exact text.</source>
        <translation>Tabellerna är CSV-filer (UTF-8, kommaseparerade, första raden kolumnnamnen). Tider anges i UTC (ISO 8601, med Z på slutet). En cell som skulle börja med = + - eller @ inleds med en apostrof, så att ett kalkylprogram aldrig kör den som en formel; JSON-filerna innehåller den exakta texten.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="401"/>
        <source>records-plan.csv gives, for each record type, its task code in the records plan, publicity, personal data and retention period.</source>
        <translation>records-plan.csv anger för varje handlingstyp dess klassificeringskod i informationsstyrningsplanen, offentlighet, personuppgifter och förvaringstid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="413"/>
        <source>Rows: {count}</source>
        <translation>Rader: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="420"/>
        <source>The period&apos;s management report as a PDF/A.</source>
        <translation>Periodens rapport till ledningen som PDF/A.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="156"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="157"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="158"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="159"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="160"/>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="161"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="162"/>
        <source>the following arguments are required: %s</source>
        <translation>följande argument saknas: %s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="163"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="164"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="165"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="166"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="167"/>
        <source>expected one argument</source>
        <translation>ett argument förväntades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="168"/>
        <source>expected at least one argument</source>
        <translation>minst ett argument förväntades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="169"/>
        <source>expected at most one argument</source>
        <translation>högst ett argument förväntades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="170"/>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="171"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="172"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="173"/>
        <source>ignored explicit argument %r</source>
        <translation>det angivna argumentet %r ignorerades</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/common.py" line="186"/>
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n argument förväntades</numerusform>
            <numerusform>%n argument förväntades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="113"/>
        <source>A team database on a server is backed up on the server (for example with pg_dump), not from this window.</source>
        <translation>En teamdatabas på en server säkerhetskopieras på servern (till exempel med pg_dump), inte från det här fönstret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="157"/>
        <source>It failed for a reason the log file describes.</source>
        <translation>Det misslyckades; orsaken finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="163"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="190"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="364"/>
        <source>Back up</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="169"/>
        <source>Back up to</source>
        <translation>Spara säkerhetskopian som</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="169"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="215"/>
        <source>Backups (*.zip)</source>
        <translation>Säkerhetskopior (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="178"/>
        <source>Backing up the database, evidence and media…</source>
        <translation>Säkerhetskopierar databasen, bevisen och mediefilerna…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="185"/>
        <source>Backup cancelled: no file was written.</source>
        <translation>Säkerhetskopieringen avbröts: ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="191"/>
        <source>The backup was not made. {reason}</source>
        <translation>Säkerhetskopian gjordes inte. {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="197"/>
        <source>Backed up %n file(s) ({size}) to {file}.</source>
        <translation>
            <numerusform>Säkerhetskopierade %n fil ({size}) till {file}.</numerusform>
            <numerusform>Säkerhetskopierade %n filer ({size}) till {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="208"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="229"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="249"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="274"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="300"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="301"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="213"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="223"/>
        <source>Checking every file of the backup…</source>
        <translation>Kontrollerar varje fil i säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="239"/>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="244"/>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Återställningen avbröts: ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="250"/>
        <source>Nothing was restored. {reason}</source>
        <translation>Ingenting återställdes. {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="254"/>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="258"/>
        <source>The data that was here was moved to {folder}; nothing was deleted.</source>
        <translation>De uppgifter som fanns här flyttades till {folder}; ingenting raderades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="265"/>
        <source>Passwords and backup codes are never in a backup. These are not in this computer&apos;s password store; enter them again in the channel&apos;s Security tab:</source>
        <translation>Lösenord och reservkoder ingår aldrig i en säkerhetskopia. De här saknas i den här datorns lösenordsförråd; ange dem på nytt under kanalens flik Säkerhet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="272"/>
        <source>KuntaSome starts again on the restored data.</source>
        <translation>KuntaSome startar om med de återställda uppgifterna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="281"/>
        <source>Backup of {organisation}, made {made} by KuntaSome {version}: %n file(s), {size}. Every file matches its checksum.</source>
        <translation>
            <numerusform>Säkerhetskopia av {organisation}, gjord {made} med KuntaSome {version}: %n fil, {size}. Varje fil stämmer med sin kontrollsumma.</numerusform>
            <numerusform>Säkerhetskopia av {organisation}, gjord {made} med KuntaSome {version}: %n filer, {size}. Varje fil stämmer med sin kontrollsumma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="294"/>
        <source>It replaces the data in {folder}. Today&apos;s data is first moved into the folder {aside} there, not deleted.</source>
        <translation>Den ersätter uppgifterna i {folder}. De nuvarande uppgifterna flyttas först till undermappen {aside} där, de raderas inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="331"/>
        <source>The daily backup was made, but not copied to {folder}: {reason}</source>
        <translation>Den dagliga säkerhetskopian gjordes, men kunde inte kopieras till {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="337"/>
        <source>The daily backup was made.</source>
        <translation>Den dagliga säkerhetskopian har gjorts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="341"/>
        <source>The daily backup failed: {reason}</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="353"/>
        <source>Backing up before closing…</source>
        <translation>Säkerhetskopierar innan programmet stängs…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="366"/>
        <source>The closing backup was not made. {reason}</source>
        <translation>Säkerhetskopian vid stängning gjordes inte. {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="108"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="111"/>
        <source>A backup holds the database, the evidence and media files and the settings — never the passwords, which stay in this computer&apos;s password store. KuntaSome backs up by itself on the first start of each day and when it closes.</source>
        <translation>En säkerhetskopia innehåller databasen, bevis- och mediefilerna och inställningarna – aldrig lösenorden, som stannar i datorns lösenordsförråd. KuntaSome säkerhetskopierar av sig själv vid dagens första start och när programmet stängs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="117"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="118"/>
        <source>Restore the chosen one…</source>
        <translation>Återställ den valda…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="119"/>
        <source>Restore from a file…</source>
        <translation>Återställ från en fil…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="120"/>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="121"/>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Automatiska säkerhetskopior att &amp;behålla:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="122"/>
        <source>Also copy them &amp;to:</source>
        <translation>&amp;Kopiera dem även till:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="123"/>
        <source>No second folder</source>
        <translation>Ingen andra mapp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="126"/>
        <source>A copy on a network drive or a USB stick is safe even if this computer is lost. When the folder cannot be reached, the backup is still made here.</source>
        <translation>En kopia på en nätverksenhet eller ett USB-minne finns kvar även om datorn försvinner. Om mappen inte kan nås görs säkerhetskopian ändå på den här datorn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="130"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="131"/>
        <source>No copy</source>
        <translation>Ingen kopia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="137"/>
        <source>Last backup: {when}</source>
        <translation>Senaste säkerhetskopia: {when}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="139"/>
        <source>No backup has been made yet.</source>
        <translation>Ingen säkerhetskopia har gjorts ännu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="148"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="148"/>
        <source>Made by a person</source>
        <translation>Gjord av en användare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="176"/>
        <source>Folder for copies of the backups</source>
        <translation>Mapp för kopior av säkerhetskopiorna</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="98"/>
        <source>Block an account</source>
        <translation>Blockera ett konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="102"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="103"/>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="104"/>
        <source>&amp;Blocked on</source>
        <translation>&amp;Blockerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="105"/>
        <source>&amp;Decided by</source>
        <translation>Beslu&amp;tad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="106"/>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="31"/>
        <source>Platform</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="32"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="33"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="34"/>
        <source>Blocked on</source>
        <translation>Blockerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="35"/>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="36"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="37"/>
        <source>Moderation entry</source>
        <translation>Modereringsanteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="38"/>
        <source>Unblocked on</source>
        <translation>Blockering hävd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="39"/>
        <source>Reason for unblocking</source>
        <translation>Skäl för att häva blockeringen</translation>
    </message>
</context>
<context>
    <name>BlocksTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="204"/>
        <source>The block list is a public record: who decided, when and why. Blocks are never deleted; a lifted block stays with its date and reason.</source>
        <translation>Blockeringslistan är en allmän handling: vem som beslutade, när och varför. Blockeringar raderas aldrig; en hävd blockering finns kvar med datum och skäl.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="208"/>
        <source>Block an account…</source>
        <translation>Blockera ett konto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="209"/>
        <source>Lift the block…</source>
        <translation>Häv blockeringen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="210"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="211"/>
        <source>Show lifted blocks</source>
        <translation>Visa hävda blockeringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="214"/>
        <source>Blocked on</source>
        <translation>Blockerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="215"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="216"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="217"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="218"/>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="219"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="220"/>
        <source>Lifted on</source>
        <translation>Hävd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="221"/>
        <source>Why lifted</source>
        <translation>Skäl för hävning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="297"/>
        <source>Export the block register</source>
        <translation>Exportera blockeringsregistret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="298"/>
        <source>blocked-accounts.csv</source>
        <translation>blockerade-konton.csv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="299"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="306"/>
        <source>Saved {name}</source>
        <translation>Sparad {name}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="351"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="393"/>
        <source>Crisis communication</source>
        <translation>Kriskommunikation</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="130"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="131"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="132"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="134"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="188"/>
        <source>Every post of the month</source>
        <translation>Alla inlägg under månaden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="189"/>
        <source>Waiting for approval</source>
        <translation>För godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="190"/>
        <source>Scheduled but not marked published</source>
        <translation>Schemalagda men inte markerade som publicerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="191"/>
        <source>With rule warnings in the coming week</source>
        <translation>Kommande veckans inlägg med regelvarningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="192"/>
        <source>With live recordings to make accessible</source>
        <translation>Inlägg med inspelningar av direktsändningar att tillgängliggöra</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="197"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="198"/>
        <source>Search posts, channels, statuses, warnings…</source>
        <translation>Sök inlägg, kanaler, status, varningar…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="199"/>
        <source>Search the list</source>
        <translation>Sök i listan</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="202"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="203"/>
        <source>Previous (Page Up)</source>
        <translation>Föregående (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="204"/>
        <source>Next (Page Down)</source>
        <translation>Nästa (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="205"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="206"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="212"/>
        <source>New post…</source>
        <translation>Nytt inlägg…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="213"/>
        <source>New post (Ctrl+N)</source>
        <translation>Nytt inlägg (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="214"/>
        <source>Export to Outlook (.ics)…</source>
        <translation>Exportera till Outlook (.ics)…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="215"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="228"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="245"/>
        <source>Crisis mode…</source>
        <translation>Krisläge…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="251"/>
        <source>Crisis mode is on since {when} ({by}): {reason}. Non-crisis posts are paused.</source>
        <translation>Krisläget är på sedan {when} ({by}): {reason}. Inlägg som inte hör till kriskommunikationen är pausade.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="259"/>
        <source>End crisis mode…</source>
        <translation>Avsluta krisläget…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="289"/>
        <source>Week {week}, {month}–{year}</source>
        <translation>Vecka {week}, {month}–{year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="329"/>
        <source>Loading the calendar…</source>
        <extracomment>What the calendar shows: a change to any of these makes it reload.</extracomment>
        <translation>Kalendern läses in…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="404"/>
        <source>The calendar could not be loaded. The log has the details.</source>
        <translation>Kalendern kunde inte läsas in. Loggen har detaljerna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="501"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="536"/>
        <source>Move the post</source>
        <translation>Flytta inlägget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="555"/>
        <source>Moved to {at}.</source>
        <translation>Flyttat till {at}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="564"/>
        <source>Crisis mode is on: %n post(s) paused.</source>
        <translation>
            <numerusform>Krisläget är på: %n inlägg pausat.</numerusform>
            <numerusform>Krisläget är på: %n inlägg pausade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="198"/>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="215"/>
        <source>End crisis mode</source>
        <translation>Avsluta krisläget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="199"/>
        <source>End crisis mode now?</source>
        <translation>Avsluta krisläget nu?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="582"/>
        <source>Crisis message</source>
        <translation>Krismeddelande</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="143"/>
        <source>Loading the calendar…</source>
        <translation>Kalendern läses in…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="244"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="245"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="246"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="247"/>
        <source>Colour in the calendar:</source>
        <translation>Färg i kalendern:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="248"/>
        <source>Account &amp;ID:</source>
        <translation>Kontots &amp;id:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="249"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="250"/>
        <source>Responsible &amp;manager:</source>
        <translation>Ansvarig &amp;chef:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="251"/>
        <source>Purpose (Finnish):</source>
        <translation>Syfte (på finska):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="252"/>
        <source>Purpose (Swedish):</source>
        <translation>Syfte (på svenska):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="253"/>
        <source>Purpose (English):</source>
        <translation>Syfte (på engelska):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="254"/>
        <source>Audience:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="255"/>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="256"/>
        <source>Tone of voice:</source>
        <translation>Tonläge:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="257"/>
        <source>Review every:</source>
        <translation>Granskas var:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="258"/>
        <source>Next review:</source>
        <translation>Nästa granskning:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="259"/>
        <source>Last reviewed:</source>
        <translation>Senast granskad:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="260"/>
        <source>Posts a week, at least:</source>
        <translation>Inlägg per vecka, minst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="261"/>
        <source>Posts a day, at least:</source>
        <translation>Inlägg per dag, minst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="262"/>
        <source>Posts a day, at most:</source>
        <translation>Inlägg per dag, högst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="264"/>
        <source>Use:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="265"/>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="270"/>
        <source>The profile&apos;s web address or handle; it is checked and written the same way</source>
        <translation>Profilens webbadress eller användarnamn; den kontrolleras och skrivs alltid på samma sätt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="272"/>
        <source> months</source>
        <translation> mån.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="273"/>
        <source>Not several posts a day on consecutive days</source>
        <translation>Inte flera inlägg per dag flera dagar i rad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="275"/>
        <source>no target</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="278"/>
        <source>May run paid (sponsored) posts</source>
        <translation>Får ha betalda (sponsrade) inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="279"/>
        <source>Crisis communication channel</source>
        <translation>Kanal för kriskommunikation</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="280"/>
        <source>Shown on the public channel list</source>
        <translation>Visas i den offentliga kanalförteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="281"/>
        <source>&amp;Two-factor authentication:</source>
        <translation>&amp;Tvåstegsverifiering:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="289"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="290"/>
        <source>Access</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="291"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="292"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="293"/>
        <source>Undo changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="294"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="510"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="532"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="295"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="296"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="322"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="326"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="368"/>
        <source>Choose a channel from the list.</source>
        <translation>Välj en kanal i listan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="377"/>
        <source> since {closed_on}</source>
        <translation> sedan {closed_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="382"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="401"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="479"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="462"/>
        <source>Channel not saved</source>
        <translation>Kanalen sparades inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="480"/>
        <source>Save the changes to {title}?</source>
        <translation>Spara ändringarna i {title}?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="488"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="489"/>
        <source>Don&apos;t save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="490"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="512"/>
        <source>Why is {title} now {status}? (saved in the audit log)</source>
        <translation>Varför har {title} nu status {status}? (sparas i händelseloggen)</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="29"/>
        <source>requested</source>
        <translation>ansökt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="30"/>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="31"/>
        <source>active</source>
        <translation>i bruk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="32"/>
        <source>dormant</source>
        <translation>vilande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="33"/>
        <source>closed</source>
        <translation>nedlagd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="34"/>
        <source>reserved</source>
        <translation>reserverad</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="90"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="91"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="92"/>
        <source>Requests and reviews</source>
        <translation>Ansökningar och granskningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="120"/>
        <source>Loading the register…</source>
        <extracomment>What the register&apos;s three tabs show.</extracomment>
        <translation>Registret läses in…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="144"/>
        <source>The register could not be loaded. The log has the details.</source>
        <translation>Registret kunde inte läsas in. Detaljerna finns i loggen.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="31"/>
        <source>Followers over time</source>
        <translation>Följare över tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="32"/>
        <source>Reach and engagement per channel</source>
        <translation>Räckvidd och engagemang per kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="33"/>
        <source>Engagement rate</source>
        <translation>Interaktionsgrad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="34"/>
        <source>Posting frequency against target</source>
        <translation>Publiceringstakt jämfört med målet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="35"/>
        <source>Top posts</source>
        <translation>Populäraste inläggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="26"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="27"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="28"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="29"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="30"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="31"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="32"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="33"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="34"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="35"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="36"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="37"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="40"/>
        <source>No statistics for this period and these channels.</source>
        <translation>Det finns ingen statistik för den här perioden och de här kanalerna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="97"/>
        <location filename="../src/kuntasome/documents/charts.py" line="41"/>
        <source>Followers</source>
        <translation>Följare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="101"/>
        <source>Week from</source>
        <translation>Veckan från</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="103"/>
        <source>Target a week</source>
        <translation>Mål per vecka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="107"/>
        <location filename="../src/kuntasome/documents/charts.py" line="42"/>
        <source>Reach</source>
        <translation>Räckvidd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="108"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="118"/>
        <location filename="../src/kuntasome/documents/charts.py" line="43"/>
        <location filename="../src/kuntasome/documents/charts.py" line="47"/>
        <source>Engagements</source>
        <translation>Engagemang</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="112"/>
        <location filename="../src/kuntasome/documents/charts.py" line="44"/>
        <source>Engagements per reach (%)</source>
        <translation>Engagemang i förhållande till räckvidd (%)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="102"/>
        <location filename="../src/kuntasome/documents/charts.py" line="45"/>
        <source>Posts a week</source>
        <translation>Inlägg per vecka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="46"/>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="18"/>
        <source>Line chart of followers per channel over the period</source>
        <translation>Linjediagram över följare per kanal under perioden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="19"/>
        <source>Line chart of posts published per week</source>
        <translation>Linjediagram över publicerade inlägg per vecka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="20"/>
        <source>Bar chart of reach and engagements per channel</source>
        <translation>Stapeldiagram över räckvidd och interaktioner per kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="21"/>
        <source>Bar chart of the engagement rate per channel</source>
        <translation>Stapeldiagram över interaktionsgrad per kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="22"/>
        <source>Bar chart of the posts with the most engagements</source>
        <translation>Stapeldiagram över inläggen med flest interaktioner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="34"/>
        <source>{channel} from {start} to {end}</source>
        <translation>{channel}: {start} → {end}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="48"/>
        <source>{channel}: {least}–{most} posts a week</source>
        <translation>{channel}: {least}–{most} inlägg i veckan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="55"/>
        <source>target {target}</source>
        <translation>mål {target}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="61"/>
        <source>{channel}: reach {reach}, engagements {engagements}</source>
        <translation>{channel}: räckvidd {reach}, interaktioner {engagements}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="71"/>
        <source>{channel}: {rate}%</source>
        <translation>{channel}: {rate} %</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="81"/>
        <source>{post}: {engagements} engagements</source>
        <translation>{post}: {engagements} interaktioner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="89"/>
        <source>no statistics for the period.</source>
        <translation>statistik saknas för perioden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="95"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="100"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="106"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="111"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="116"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="115"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="117"/>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="61"/>
        <location filename="../src/kuntasome/core/integrity.py" line="80"/>
        <source>The database file is damaged: {detail}</source>
        <translation>Databasfilen är skadad: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="65"/>
        <source>The database file is intact.</source>
        <translation>Databasfilen är intakt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="70"/>
        <source>Broken references between records in: {tables}</source>
        <translation>Brutna hänvisningar mellan poster i tabellerna: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="74"/>
        <source>All references between records hold.</source>
        <translation>Alla hänvisningar mellan poster är i sin ordning.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="90"/>
        <source>The database is not in WAL mode (it is {mode}).</source>
        <translation>Databasen är inte i WAL-läge (läge: {mode}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="102"/>
        <source>The database server answers.</source>
        <translation>Databasservern svarar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="111"/>
        <source>Tables are missing: {tables}</source>
        <translation>Tabeller saknas: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="136"/>
        <source>The database is empty: it has no tables.</source>
        <translation>Databasen är tom: den har inga tabeller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="143"/>
        <source>The database schema is {revision}; this version uses {head}. It is updated (after a backup) the next time KuntaSome starts.</source>
        <translation>Databasens schemaversion är {revision}, den här programversionen använder {head}. Schemat uppdateras (efter en säkerhetskopia) nästa gång KuntaSome startas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="155"/>
        <source>The database schema is up to date ({revision}).</source>
        <translation>Databasens schema är aktuellt ({revision}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="183"/>
        <source>The demo data was interrupted while it was being written: the database holds only part of it. Run &apos;kuntasome demo&apos; again to make it whole.</source>
        <translation>Skrivningen av demodata avbröts: databasen innehåller bara en del av den. Kör &apos;kuntasome demo&apos; igen så blir den hel.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="68"/>
        <source>Checked now</source>
        <translation>Kontrollerat nu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="70"/>
        <source>The comments and messages of these channels were checked just now:</source>
        <translation>Kommentarerna och meddelandena i de här kanalerna kontrollerades just nu:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="94"/>
        <source>KuntaSome: social media register, posting calendar, moderation log and statistics for a municipality. Without a command, the application window opens.</source>
        <translation>KuntaSome: kommunens kanalregister, publiceringskalender, modereringslogg och statistik för sociala medier. Utan kommando öppnas programfönstret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="102"/>
        <source>language of the output</source>
        <translation>utskriftens språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="106"/>
        <location filename="../src/kuntasome/cli/backup.py" line="78"/>
        <source>FOLDER</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="107"/>
        <source>data folder (default: the per-user application data folder, or KUNTASOME_DATA_DIR)</source>
        <translation>datamapp (standard: användarens programdatamapp eller KUNTASOME_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="115"/>
        <source>database URL, e.g. postgresql+psycopg://user@host/kuntasome (default: the SQLite file in the data folder)</source>
        <translation>databasens adress, t.ex. postgresql+psycopg://anvandare@server/kuntasome (standard: SQLite-filen i datamappen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="123"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="60"/>
        <location filename="../src/kuntasome/cli/channels.py" line="56"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="54"/>
        <location filename="../src/kuntasome/cli/people.py" line="83"/>
        <location filename="../src/kuntasome/cli/people.py" line="124"/>
        <location filename="../src/kuntasome/cli/secrets.py" line="36"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="40"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="165"/>
        <source>The database is in use by another command or window and stayed so too long. Nothing was changed; try again when it has finished.</source>
        <translation>Databasen används av ett annat kommando eller fönster och blev inte ledig i tid. Ingenting ändrades; försök igen när det andra är klart.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="178"/>
        <source>The command stopped on an unexpected error ({error}). What it had not finished was not saved. The details are in the log file {log}; please send it to whoever supports KuntaSome for you.</source>
        <translation>Kommandot avbröts av ett oväntat fel ({error}). Det som inte hade slutförts sparades inte. Närmare uppgifter finns i loggfilen {log}; skicka den till den som ger er support för KuntaSome.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="229"/>
        <source>The command stopped: {file}: {reason}.</source>
        <translation>Kommandot avbröts: {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="69"/>
        <source>fill an empty database with a fictional bilingual municipality</source>
        <translation>fyll en tom databas med en fiktiv tvåspråkig kommun</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="70"/>
        <source>Fill an empty database with the fictional town of Kallioranta – Bergstrand: channels, people, posts, moderation entries, check-ins and statistics.</source>
        <translation>Fyller en tom databas med den fiktiva staden Bergstrand (Kalliorannan kaupunki): kanaler, personer, inlägg, modereringsanteckningar, bevakningskontroller och statistik.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="77"/>
        <source>random seed (same seed, same data)</source>
        <translation>slumptalsfrö (samma frö, samma data)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="79"/>
        <source>years of history</source>
        <translation>historikens längd i år</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="84"/>
        <source>small: about 12 channels; large: the benchmark municipality</source>
        <translation>small: cirka 12 kanaler; large: den stora kommunen för prestandatester</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="198"/>
        <location filename="../src/kuntasome/cli/database.py" line="89"/>
        <location filename="../src/kuntasome/cli/options.py" line="68"/>
        <location filename="../src/kuntasome/cli/people.py" line="71"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="90"/>
        <source>the date the demo is built around (default: today)</source>
        <translation>dagen som demodata byggs kring (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="56"/>
        <source>print the result as JSON</source>
        <translation>skriv ut resultatet som JSON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="113"/>
        <source>The database is in use by another command; waiting for it…</source>
        <translation>Databasen används av ett annat kommando; väntar tills den blir ledig…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="97"/>
        <source>check the database&apos;s integrity and migration state</source>
        <translation>kontrollera databasens integritet och schemaversion</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="98"/>
        <source>Check the database&apos;s integrity and migration state. Changes nothing.</source>
        <translation>Kontrollerar databasens integritet och schemaversion. Ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="105"/>
        <source>also compare every index with its table (slower)</source>
        <translation>jämför också varje index med sin tabell (långsammare)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="52"/>
        <source>the channel register</source>
        <translation>kanalregistret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="53"/>
        <source>The channel register.</source>
        <translation>Kanalregistret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="58"/>
        <source>list every channel in the register</source>
        <translation>lista alla kanaler i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="62"/>
        <source>add a channel to the register</source>
        <translation>lägg till en kanal i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="63"/>
        <source>SERVICE</source>
        <translation>TJÄNST</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="66"/>
        <source>ADDRESS</source>
        <translation>ADRESS</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="67"/>
        <source>the handle or the profile&apos;s address</source>
        <translation>användarnamnet eller profilens adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="69"/>
        <source>the name people see</source>
        <translation>namnet som användarna ser</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="74"/>
        <source>lifecycle status (default: requested)</source>
        <translation>status i livscykeln (standard: ansökt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="76"/>
        <source>the unit that owns it</source>
        <translation>enheten som kanalen hör till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="81"/>
        <source>languages it posts in (default: the organisation&apos;s)</source>
        <translation>publiceringsspråk (standard: organisationens språk)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="83"/>
        <source>what the channel is for</source>
        <translation>kanalens syfte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="85"/>
        <source>show it on the public list</source>
        <translation>visa i den offentliga kanalförteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="92"/>
        <source>move a channel along its lifecycle</source>
        <translation>byt kanalens status i livscykeln</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="95"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="97"/>
        <source>why (kept in the audit log)</source>
        <translation>motivering (sparas i händelseloggen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="115"/>
        <source>the public list of official channels for the website</source>
        <translation>den offentliga förteckningen över officiella kanaler för webbplatsen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="123"/>
        <source>language of the list</source>
        <translation>förteckningens språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="30"/>
        <source>back up the database, evidence, media and settings into one file</source>
        <translation>säkerhetskopiera databasen, bevisen, mediefilerna och inställningarna till en fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="31"/>
        <source>Back up everything in the data folder into one zip file while the application may be running: a consistent copy of the database, the evidence and media files, the settings (never the passwords: they stay in the keyring) and a manifest with every file&apos;s SHA-256.</source>
        <translation>Säkerhetskopiera allt i datamappen till en zip-fil, även medan programmet är igång: en konsekvent kopia av databasen, bevis- och mediefilerna, inställningarna (aldrig lösenorden: de stannar i lösenordsförrådet) och en förteckning med varje fils SHA-256-kontrollsumma.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="42"/>
        <location filename="../src/kuntasome/cli/backup.py" line="58"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="75"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="86"/>
        <location filename="../src/kuntasome/cli/channels.py" line="109"/>
        <location filename="../src/kuntasome/cli/common.py" line="64"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="77"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="74"/>
        <location filename="../src/kuntasome/cli/people.py" line="112"/>
        <location filename="../src/kuntasome/cli/reports.py" line="82"/>
        <location filename="../src/kuntasome/cli/reports.py" line="89"/>
        <location filename="../src/kuntasome/cli/reports.py" line="100"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="46"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="73"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="43"/>
        <source>the file to write (default: a new file in the backups folder)</source>
        <translation>filen som skrivs (standard: en ny fil i mappen för säkerhetskopior)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="50"/>
        <source>restore a backup into a data folder</source>
        <translation>återställ en säkerhetskopia till en datamapp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="51"/>
        <source>Check every file of a backup against its checksum, then restore it into the data folder. A folder that already holds data is replaced only with --replace, and its data is moved aside, never deleted. A backup from an older version is migrated.</source>
        <translation>Kontrollerar varje fil i en säkerhetskopia mot dess kontrollsumma och återställer den sedan till datamappen. En mapp som redan innehåller uppgifter ersätts bara med --replace, och uppgifterna flyttas undan, de raderas aldrig. En säkerhetskopia från en äldre version uppdateras till den nuvarande strukturen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="63"/>
        <source>restore over the data in the folder; that data is moved into {folder} first</source>
        <translation>återställ över uppgifterna i mappen; de flyttas först till {folder}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="72"/>
        <source>only check the backup&apos;s checksums; change nothing</source>
        <translation>kontrollera bara säkerhetskopians kontrollsummor; ändra ingenting</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="79"/>
        <source>the data folder to restore into</source>
        <translation>datamappen som säkerhetskopian återställs till</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="138"/>
        <source>Backed up %n file(s) ({size}) → {file}</source>
        <translation>
            <numerusform>Säkerhetskopierade %n fil ({size}) → {file}</numerusform>
            <numerusform>Säkerhetskopierade %n filer ({size}) → {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="149"/>
        <source>Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}): %n file(s), {size}.</source>
        <translation>
            <numerusform>Säkerhetskopia av {organisation} gjord {made} med KuntaSome {version} (schemaversion {revision}): %n fil, {size}.</numerusform>
            <numerusform>Säkerhetskopia av {organisation} gjord {made} med KuntaSome {version} (schemaversion {revision}): %n filer, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="182"/>
        <source>Every file matches its checksum.</source>
        <translation>Varje fil stämmer med sin kontrollsumma.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="200"/>
        <source>Restored into {folder}.</source>
        <translation>Återställd till {folder}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="204"/>
        <source>The database was brought up to date from schema {revision}.</source>
        <translation>Databasens struktur uppdaterades från version {revision}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="211"/>
        <source>The data that was in the folder was moved to {folder}.</source>
        <translation>Uppgifterna som fanns i mappen flyttades till {folder}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="217"/>
        <source>The computer&apos;s password store (keyring) is not available: the channels&apos; passwords and backup codes cannot be checked.</source>
        <translation>Datorns lösenordsförråd är inte tillgängligt: kanalernas lösenord och reservkoder kan inte kontrolleras.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="225"/>
        <source>Not in this computer&apos;s password store (the keyring is never in a backup); enter them again in each channel&apos;s Security tab:</source>
        <translation>Saknas i den här datorns lösenordsförråd (lösenordsförrådet ingår aldrig i en säkerhetskopia); ange dem på nytt under fliken Säkerhet för varje kanal:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="105"/>
        <source>import a channel inventory spreadsheet (CSV or XLSX), all or nothing</source>
        <translation>importera en kanalförteckning från ett kalkylblad (CSV eller XLSX), allt eller inget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="76"/>
        <location filename="../src/kuntasome/cli/common.py" line="65"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="78"/>
        <source>file to write</source>
        <translation>fil som skrivs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="28"/>
        <source>channel passwords and backup codes in the keyring</source>
        <translation>kanalernas lösenord och reservkoder i lösenordsförrådet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="29"/>
        <source>Channel passwords, backup codes, tokens and recovery notes live in the computer&apos;s password store (keyring), never in the database.</source>
        <translation>Kanalernas lösenord, reservkoder, token och återställningsuppgifter förvaras i datorns lösenordsförråd, aldrig i databasen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="39"/>
        <source>store a secret; the value is read from standard input</source>
        <translation>spara en hemlighet; värdet läses från standardinmatningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="59"/>
        <source>snapshots for the public-records archive (BagIt)</source>
        <translation>arkivpaket för arkivbildningen (BagIt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="64"/>
        <source>write a period&apos;s snapshot as a BagIt bag</source>
        <translation>skapa periodens arkivpaket som ett BagIt-paket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="65"/>
        <source>Write a period&apos;s records as a BagIt bag (RFC 8493): the channel register with its status and access history, posts, the moderation log with every version and its evidence, blocks, check-ins, statistics, the period&apos;s management report and the audit log, with a README that explains every file and column.</source>
        <translation>Skapar ett BagIt-paket (RFC 8493) av periodens handlingar: kanalregistret med status- och behörighetshistorik, inlägg, modereringsloggen med alla versioner och bevis, blockeringar, bevakningskontroller, statistik, periodens rapport till ledningen och händelseloggen, med en README som förklarar varje fil och kolumn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="77"/>
        <source>a half-year (2026-H1), year, quarter or month</source>
        <translation>ett halvår (2026-H1), år, kvartal eller månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="83"/>
        <source>BagIt (RFC 8493) or E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</source>
        <translation>BagIt (RFC 8493) eller E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="90"/>
        <source>a folder, a zip file or a tar file (default: a folder)</source>
        <translation>en mapp, en zip-fil eller en tar-fil (standard: en mapp)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="97"/>
        <source>language of the README and the report (default: yours)</source>
        <translation>språket i README-filen och rapporten (standard: ditt språk)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="101"/>
        <location filename="../src/kuntasome/cli/archive.py" line="219"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="48"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="76"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="107"/>
        <location filename="../src/kuntasome/cli/common.py" line="72"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="53"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="93"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="102"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="49"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="57"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="67"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="102"/>
        <source>only this channel: the final snapshot of a closed channel</source>
        <translation>bara den här kanalen: det sista arkivpaketet för en stängd kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="108"/>
        <location filename="../src/kuntasome/cli/archive.py" line="130"/>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="109"/>
        <source>the folder or file to write (must not exist)</source>
        <translation>mappen eller filen som skrivs (får inte finnas)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="115"/>
        <source>who makes the snapshot (number, e-mail address or name)</source>
        <translation>vem som skapar arkivpaketet (nummer, e-postadress eller namn)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="122"/>
        <source>check a bag: every file against its checksums</source>
        <translation>kontrollera ett paket: varje fil mot dess kontrollsummor</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="123"/>
        <source>Check a BagIt bag or an E-ARK package (folder, zip or tar): every file against every manifest or METS, no file missing or added. Exit status 1 and the file named when something changed.</source>
        <translation>Kontrollerar ett BagIt- eller E-ARK-paket (mapp, zip eller tar): varje fil mot varje förteckning eller METS, att ingen fil saknas eller har lagts till. Slutstatus 1 och filens namn om något har ändrats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="135"/>
        <source>the half-year whose snapshot has not been made</source>
        <translation>halvåret vars arkivpaket inte har skapats</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="140"/>
        <source>the snapshots made</source>
        <translation>skapade arkivpaket</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="145"/>
        <source>the records plan: codes and retention of each record</source>
        <translation>informationsstyrningsplanen: handlingarnas klassificeringskoder och förvaringstider</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="149"/>
        <source>each record type&apos;s code, retention and publicity</source>
        <translation>varje handlingstyps kod, förvaringstid och offentlighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="155"/>
        <source>set a record type&apos;s code, title or retention period</source>
        <translation>ange en handlingstyps kod, rubrik eller förvaringstid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="157"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="158"/>
        <source>its task code in the records plan</source>
        <translation>klassificeringskoden i informationsstyrningsplanen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="159"/>
        <source>the code&apos;s title in the plan</source>
        <translation>kodens rubrik i planen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="163"/>
        <source>YEARS</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="164"/>
        <source>how many years it is kept (0: permanently)</source>
        <translation>hur många år den bevaras (0: för alltid)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="172"/>
        <source>dispose of the records past their retention (with a decision)</source>
        <translation>gallra handlingar vars förvaringstid har gått ut (med ett beslut)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="173"/>
        <source>List, or dispose of, the records past their retention period and not on a legal hold: moderation entries lose their personal data (the chain records it and still verifies), evidence files are deleted, old check-ins, statistics, posts and audit entries removed. Every disposal goes into the disposal log with its decision and the person who approved it.</source>
        <translation>Listar eller gallrar handlingar vars förvaringstid har gått ut och som inte omfattas av gallringsstopp: modereringsanteckningar förlorar sina personuppgifter (hashkedjan registrerar det och kan fortfarande kontrolleras), bevisfiler raderas och gamla bevakningskontroller, statistik, inlägg och anteckningar i händelseloggen tas bort. Varje gallring förs in i gallringsloggen med beslutet och den som godkände det.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="184"/>
        <source>only list; change nothing</source>
        <translation>lista bara; ändra ingenting</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="187"/>
        <source>dispose of them now</source>
        <translation>gallra dem nu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="193"/>
        <source>the decision that approves it, e.g. its body, date and number</source>
        <translation>beslutet som godkänner gallringen, t.ex. organ, datum och paragraf</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="199"/>
        <source>the day retention is counted to (default: today)</source>
        <translation>dagen som förvaringstiden räknas till (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="206"/>
        <source>the disposal log: what was disposed of, when, why</source>
        <translation>gallringsloggen: vad som gallrades, när och varför</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="212"/>
        <source>legal holds: records that must not be disposed of</source>
        <translation>gallringsstopp: handlingar som inte får gallras</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="216"/>
        <source>hold a channel, an account or a moderation entry</source>
        <translation>inför gallringsstopp för en kanal, ett konto eller en modereringsanteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="220"/>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="221"/>
        <source>ENTRY</source>
        <translation>POST</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="226"/>
        <source>why, e.g. the complaint or case number</source>
        <translation>orsak, t.ex. klagomålets eller ärendets nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="231"/>
        <source>lift a hold</source>
        <translation>häv ett gallringsstopp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="232"/>
        <source>HOLD</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="237"/>
        <source>the legal holds</source>
        <translation>gallringsstoppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="270"/>
        <source>Snapshot of {period}: %n file(s) → {path}</source>
        <translation>
            <numerusform>Arkivpaket för {period}: %n fil → {path}</numerusform>
            <numerusform>Arkivpaket för {period}: %n filer → {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="285"/>
        <source>The E-ARK package is intact: %n file(s), every SHA-256 in its METS matches.</source>
        <translation>
            <numerusform>E-ARK-paketet är intakt: %n fil, varje SHA-256 i dess METS stämmer.</numerusform>
            <numerusform>E-ARK-paketet är intakt: %n filer, varje SHA-256 i dess METS stämmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="308"/>
        <source>The bag is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>Paketet är intakt: %n fil, varje kontrollsumma ({algorithms}) stämmer.</numerusform>
            <numerusform>Paketet är intakt: %n filer, varje kontrollsumma ({algorithms}) stämmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="326"/>
        <source>The snapshot of {period} is due.</source>
        <translation>Arkivpaketet för {period} ska skapas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="328"/>
        <source>Every half-year&apos;s snapshot has been made.</source>
        <translation>Arkivpaketen för alla halvår har skapats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="353"/>
        <source>No snapshots made yet.</source>
        <translation>Inga arkivpaket har skapats ännu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="401"/>
        <source>(no code set)</source>
        <translation>(ingen kod angiven)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="404"/>
        <source>permanent</source>
        <translation>bevaras</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="406"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="414"/>
        <source>Some record types have no code of your organisation&apos;s records plan yet: kuntasome records plan set TYPE --code CODE.</source>
        <translation>Vissa handlingstyper saknar ännu kod ur organisationens informationsstyrningsplan: kuntasome records plan set TYP --code KOD.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="426"/>
        <source>{title}: %n past retention (before {date})</source>
        <translation>
            <numerusform>{title}: %n med utgången förvaringstid (före {date})</numerusform>
            <numerusform>{title}: %n med utgången förvaringstid (före {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="431"/>
        <source>%n on a legal hold</source>
        <translation>
            <numerusform>%n med gallringsstopp</numerusform>
            <numerusform>%n med gallringsstopp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="433"/>
        <source>%n from the old, broken chain: cannot be erased</source>
        <translation>
            <numerusform>%n från den gamla, brutna kedjan: kan inte raderas</numerusform>
            <numerusform>%n från den gamla, brutna kedjan: kan inte raderas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="477"/>
        <source>Nothing was changed. To dispose of these: --approve --decision TEXT --as PERSON.</source>
        <translation>Ingenting ändrades. För att gallra dem: --approve --decision TEXT --as PERSON.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="485"/>
        <source>Disposed of, and written to the disposal log ({entries}).</source>
        <translation>Gallrat och infört i gallringsloggen ({entries}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="499"/>
        <source>Nothing has been disposed of.</source>
        <translation>Ingenting har gallrats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="522"/>
        <source>Hold {id} placed: nothing it covers is disposed of.</source>
        <translation>Gallringsstopp {id} infört: ingenting som det omfattar gallras.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="531"/>
        <source>Hold {id} lifted.</source>
        <translation>Gallringsstopp {id} hävt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="542"/>
        <source>No legal holds.</source>
        <translation>Inga gallringsstopp.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="545"/>
        <source>active</source>
        <translation>gäller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="545"/>
        <source>lifted</source>
        <translation>hävt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="73"/>
        <source>channel id, handle or platform:handle</source>
        <translation>kanalens nummer, användarnamn eller tjänst:användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="45"/>
        <source>which secrets a channel has (never their values)</source>
        <translation>vilka hemligheter kanalen har (aldrig deras värden)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="51"/>
        <source>who does this (number, e-mail address or name), for the audit log</source>
        <translation>vem som gör ändringen (nummer, e-postadress eller namn), för händelseloggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="79"/>
        <source>people and their access to channels</source>
        <translation>personer och deras behörigheter till kanalerna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="80"/>
        <source>People and their access to channels.</source>
        <translation>Personer och deras behörigheter till kanalerna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="85"/>
        <source>add a person to the people register</source>
        <translation>lägg till en person i personregistret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="87"/>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="88"/>
        <source>job title</source>
        <translation>befattning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="89"/>
        <source>the unit they work in</source>
        <translation>enheten där personen arbetar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="95"/>
        <source>a role in the team; repeatable</source>
        <translation>roll i teamet; kan anges flera gånger</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="98"/>
        <source>how they sign their answers</source>
        <translation>underskrift i svaren</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="106"/>
        <source>what to revoke when a person leaves: every channel and role</source>
        <translation>vad som ska tas bort när en person slutar: alla kanaler och roller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="113"/>
        <source>also write the checklist to print, as PDF (.pdf) or CSV (.csv)</source>
        <translation>skriv också checklistan för utskrift, som PDF (.pdf) eller CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="120"/>
        <source>who can log in to a channel: grant, verify, revoke</source>
        <translation>behörigheter till kanaler: bevilja, kontrollera, återkalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="121"/>
        <source>Who can log in to a channel, in which role.</source>
        <translation>Vem som kan logga in på en kanal och i vilken roll.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="127"/>
        <source>record that a person was given access</source>
        <translation>registrera att en person fick behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="130"/>
        <source>record that the access was checked on the platform</source>
        <translation>registrera att behörigheten kontrollerades i tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="133"/>
        <source>record that the access was removed</source>
        <translation>registrera att behörigheten togs bort</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="142"/>
        <source>the role on the channel</source>
        <translation>roll på kanalen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="168"/>
        <source>Person {id} added: {name}</source>
        <translation>Person {id} tillagd: {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="231"/>
        <source>Access granted: {role} on {platform}:{handle}</source>
        <translation>Behörighet beviljad: {role} på {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="251"/>
        <source>Access verified on {platform}:{handle}</source>
        <translation>Behörigheten kontrollerad på {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="256"/>
        <source>Access revoked on {platform}:{handle}</source>
        <translation>Behörigheten återkallad på {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="45"/>
        <source>record a handled comment, with screenshots as evidence</source>
        <translation>registrera en behandlad kommentar med skärmbilder som bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="46"/>
        <source>Record a handled comment or message in the log. Times are local, e.g. 2026-12-03T09:15. A removal needs a screenshot (--evidence) or the reason why none could be taken (--no-evidence-reason).</source>
        <translation>Registrera en behandlad kommentar eller ett meddelande i loggen. Tiderna är lokal tid, t.ex. 2026-12-03T09:15. En borttagning kräver en skärmbild (--evidence) eller skälet till att ingen kunde tas (--no-evidence-reason).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="56"/>
        <source>when it was seen (default: now)</source>
        <translation>när den upptäcktes (standard: nu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="57"/>
        <source>when it was posted</source>
        <translation>när den skrevs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="58"/>
        <source>when it was answered</source>
        <translation>när den besvarades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="59"/>
        <source>removal reason code</source>
        <translation>kod för skälet till borttagning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="60"/>
        <source>the writer&apos;s handle</source>
        <translation>skribentens användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="61"/>
        <source>the comment&apos;s web address</source>
        <translation>kommentarens webbadress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="62"/>
        <source>the comment&apos;s text</source>
        <translation>kommentarens text</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="63"/>
        <source>the answer given</source>
        <translation>svaret som gavs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="64"/>
        <source>registry case number</source>
        <translation>registraturens diarienummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="114"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="67"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="108"/>
        <location filename="../src/kuntasome/cli/people.py" line="50"/>
        <location filename="../src/kuntasome/cli/people.py" line="62"/>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="68"/>
        <source>who handled it (default: the person given with --as)</source>
        <translation>handläggare (standard: personen som anges med --as)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="75"/>
        <source>screenshots taken before the removal (PNG, JPEG, …)</source>
        <translation>skärmbilder tagna före borttagningen (PNG, JPEG, …)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="80"/>
        <source>why no screenshot could be taken</source>
        <translation>skälet till att ingen skärmbild kunde tas</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="87"/>
        <source>record that the channels were checked now</source>
        <translation>registrera att kanalerna kontrollerades nu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="94"/>
        <source>a channel checked; repeatable (default: every watched channel)</source>
        <translation>kontrollerad kanal; kan anges flera gånger (standard: alla bevakade kanaler)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="96"/>
        <source>when, local time (default: now)</source>
        <translation>när, lokal tid (standard: nu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="101"/>
        <source>add an account to the block register</source>
        <translation>lägg till ett konto i registret över blockeringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="103"/>
        <source>the blocked account</source>
        <translation>det blockerade kontot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="104"/>
        <source>why it was blocked</source>
        <translation>skälet till blockeringen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="72"/>
        <source>the day (default: today)</source>
        <translation>dag (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="109"/>
        <source>who decided (default: the person given with --as)</source>
        <translation>vem som beslutade (standard: personen som anges med --as)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="111"/>
        <source>the log entry it follows</source>
        <translation>logganteckningen som blockeringen gäller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="116"/>
        <source>lift a block; the register keeps it</source>
        <translation>häv en blockering; den finns kvar i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="117"/>
        <source>BLOCK</source>
        <translation>BLOCKERING</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="118"/>
        <source>why it was lifted</source>
        <translation>skälet till att blockeringen hävdes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="164"/>
        <source>Entry {entry_id} added to the moderation log.</source>
        <translation>Post {entry_id} tillagd i modereringsloggen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="176"/>
        <source>Checked now: %n channel(s).</source>
        <translation>
            <numerusform>Kontrollerad nu: %n kanal.</numerusform>
            <numerusform>Kontrollerade nu: %n kanaler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="196"/>
        <source>Block {block_id} added to the register.</source>
        <translation>Blockering {block_id} tillagd i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="216"/>
        <source>Block {id} lifted; the register keeps it.</source>
        <translation>Blockering {id} hävd; den finns kvar i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="63"/>
        <source>person&apos;s number, e-mail address or name</source>
        <translation>personens nummer, e-postadress eller namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="175"/>
        <source>Demo data created in {seconds} seconds:</source>
        <translation>Demodata skapades på {seconds} sekunder:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="33"/>
        <source>create a new, empty register for an organisation</source>
        <translation>skapa ett nytt, tomt register för en organisation</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="34"/>
        <source>Create a new, empty register (database) for an organisation. Refuses a data folder or database that already holds one.</source>
        <translation>Skapa ett nytt, tomt register (databas) för en organisation. Ersätter aldrig en datamapp eller databas som redan har ett register.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="43"/>
        <location filename="../src/kuntasome/cli/people.py" line="86"/>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="44"/>
        <source>the organisation&apos;s name, e.g. Kallioranta – Bergstrand</source>
        <translation>organisationens namn, t.ex. Kallioranta – Bergstrand</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="50"/>
        <source>FI or SE: public holidays, the law and the default time zone</source>
        <translation>FI eller SE: helgdagar, lagstiftning och standardtidszon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="54"/>
        <source>ZONE</source>
        <translation>ZON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="56"/>
        <source>time zone, e.g. Europe/Helsinki (default: the country&apos;s)</source>
        <translation>tidszon, t.ex. Europe/Stockholm (standard: landets tidszon)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="62"/>
        <source>content languages, comma-separated (default: fi,sv)</source>
        <translation>innehållsspråk åtskilda med kommatecken (standard: fi,sv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="117"/>
        <source>Unknown content language: {unknown} (choose from fi, sv, en).</source>
        <translation>Okänt innehållsspråk: {unknown} (välj bland fi, sv, en).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="142"/>
        <source>Register created for {name} ({country}, {time_zone}).</source>
        <translation>Registret har skapats: {name} ({country}, {time_zone}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="180"/>
        <source>channels</source>
        <translation>kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="181"/>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="182"/>
        <source>posts</source>
        <translation>inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="183"/>
        <source>post targets</source>
        <translation>publiceringsmål</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="184"/>
        <source>moderation entries</source>
        <translation>modereringsanteckningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="185"/>
        <source>blocked users</source>
        <translation>blockerade användare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="186"/>
        <source>monitoring check-ins</source>
        <translation>bevakningskontroller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="187"/>
        <source>metric values</source>
        <translation>statistikvärden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="208"/>
        <source>Database: {database}</source>
        <translation>Databas: {database}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="213"/>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="215"/>
        <source>Problems found.</source>
        <translation>Problem hittades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="138"/>
        <location filename="../src/kuntasome/cli/channels.py" line="227"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n kanal</numerusform>
            <numerusform>%n kanaler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="166"/>
        <source>Channel {id} added: {platform}:{handle}</source>
        <translation>Kanal {id} tillagd: {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="190"/>
        <source>{platform}:{handle} is now {status}.</source>
        <translation>{platform}:{handle} har nu status {status}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="207"/>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="213"/>
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>%n kanal importerades.</numerusform>
            <numerusform>%n kanaler importerades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="54"/>
        <source>Secret (not shown): </source>
        <translation>Hemlighet (visas inte): </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="66"/>
        <source>Saved in the password store: {kind} of {handle}.</source>
        <translation>Sparat i lösenordsförrådet: {kind}, kanal {handle}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="185"/>
        <source>Access to revoke for {name}:</source>
        <translation>Behörigheter som ska tas bort för {name}:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="190"/>
        <source>Responsible manager of (choose a new one):</source>
        <translation>Ansvarig chef för dessa kanaler (välj en ny):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="31"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>inte ett datum (ÅÅÅÅ-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="36"/>
        <source>{value} is not between {first} and {last}</source>
        <translation>{value} ligger inte mellan {first} och {last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="53"/>
        <source>not a number of years from 1 to 30: {value}</source>
        <translation>inte ett antal år mellan 1 och 30: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="42"/>
        <source>first day (default: today)</source>
        <translation>första dagen (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="43"/>
        <source>last day (default: 30 days from the first)</source>
        <translation>sista dagen (standard: 30 dagar från den första)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="49"/>
        <source>only this channel (id, service:handle or handle); repeatable</source>
        <translation>endast denna kanal (id, tjänst:användarnamn eller användarnamn); kan upprepas</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="56"/>
        <source>the posting calendar</source>
        <translation>publiceringskalendern</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="57"/>
        <source>The posting calendar.</source>
        <translation>Publiceringskalendern.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="62"/>
        <source>list the posts of a period</source>
        <translation>lista inläggen under en period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="69"/>
        <source>export the plan as an iCalendar (.ics) file for Outlook</source>
        <translation>exportera planen som iCalendar-fil (.ics) för Outlook</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="83"/>
        <source>language of the post texts in the file</source>
        <translation>språket för inläggens texter i filen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/calendar.py" line="131"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="177"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n inlägg</numerusform>
            <numerusform>%n inlägg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="42"/>
        <source>first day (seen on)</source>
        <translation>första dag (upptäckt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="43"/>
        <source>last day (seen on)</source>
        <translation>sista dag (upptäckt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="50"/>
        <source>the moderation and dialogue log</source>
        <translation>modererings- och dialogloggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="51"/>
        <source>The moderation and dialogue log.</source>
        <translation>Modererings- och dialogloggen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="57"/>
        <source>list the entries of a period (default: the last 30 days)</source>
        <translation>lista en periods anteckningar (standard: de senaste 30 dagarna)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="63"/>
        <source>check the hash chain of the log and every evidence file</source>
        <translation>kontrollera loggens hashkedja och varje bevisfil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="65"/>
        <source>export the log of a period</source>
        <translation>exportera en periods logg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="72"/>
        <source>CSV for spreadsheets, PDF/A for the archive</source>
        <translation>CSV för kalkylprogram, PDF/A för arkivet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="81"/>
        <source>the register of blocked accounts</source>
        <translation>registret över blockerade konton</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="150"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="192"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="159"/>
        <source>%n entry(s) checked</source>
        <translation>
            <numerusform>%n anteckning kontrollerad</numerusform>
            <numerusform>%n anteckningar kontrollerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="161"/>
        <source>%n evidence file(s) checked</source>
        <translation>
            <numerusform>%n bevisfil kontrollerad</numerusform>
            <numerusform>%n bevisfiler kontrollerade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="164"/>
        <source>The moderation log is intact: {summary}.</source>
        <translation>Modereringsloggen är intakt: {summary}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="168"/>
        <source>The moderation log has been tampered with: {summary}.</source>
        <translation>Modereringsloggen har manipulerats: {summary}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="223"/>
        <source>unblocked {unblocked_on}</source>
        <translation>hävd {unblocked_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="227"/>
        <source>blocked</source>
        <translation>blockerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="230"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n blockering</numerusform>
            <numerusform>%n blockeringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="36"/>
        <source>statistics from the platforms&apos; export files</source>
        <translation>statistik från tjänsternas exportfiler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="37"/>
        <source>Statistics from the platforms&apos; export files.</source>
        <translation>Statistik från tjänsternas exportfiler.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="44"/>
        <source>import export files (the kind is recognised)</source>
        <translation>importera exportfiler (typen känns igen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="50"/>
        <source>the channel for accounts not seen before (id, service:handle)</source>
        <translation>kanalen för konton som inte setts förut (id, tjänst:användarnamn)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="54"/>
        <source>what is stored, per channel and metric</source>
        <translation>det som sparats, per kanal och mått</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="59"/>
        <source>draw a chart as PNG or SVG</source>
        <translation>rita ett diagram som PNG eller SVG</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="63"/>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="64"/>
        <source>followers, reach, engagement_rate, frequency or top_posts</source>
        <translation>followers, reach, engagement_rate, frequency eller top_posts</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="74"/>
        <source>file to write (.png or .svg)</source>
        <translation>fil som skrivs (.png eller .svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="82"/>
        <source>first day</source>
        <translation>första dagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="83"/>
        <source>last day</source>
        <translation>sista dagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="121"/>
        <source>{name}: {kind} — {entry}</source>
        <translation>{name}: {kind} — {entry}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="135"/>
        <source>{name}: {kind} — </source>
        <translation>{name}: {kind} — </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/statistics.py" line="136"/>
        <source>%n value(s) imported</source>
        <translation>
            <numerusform>%n värde importerat</numerusform>
            <numerusform>%n värden importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/statistics.py" line="189"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n värde</numerusform>
            <numerusform>%n värden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="49"/>
        <source>POST</source>
        <translation>INLÄGG</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="49"/>
        <source>post number</source>
        <translation>inläggets nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="56"/>
        <source>add a post: texts per language, channels and times</source>
        <translation>lägg till ett inlägg: texter per språk, kanaler och tider</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="57"/>
        <source>Add a post as a draft. Give the texts and channels as options, or everything as a JSON file: {&quot;title&quot;: …, &quot;texts&quot;: {&quot;fi&quot;: …, &quot;sv&quot;: …}, &quot;targets&quot;: [{&quot;channel&quot;: &quot;facebook:kallioranta&quot;, &quot;at&quot;: &quot;2026-12-03T09:00&quot;}]}. Times are local time.</source>
        <translation>Lägg till ett inlägg som utkast. Ange texterna och kanalerna som flaggor, eller allt som en JSON-fil: {&quot;title&quot;: …, &quot;texts&quot;: {&quot;fi&quot;: …, &quot;sv&quot;: …}, &quot;targets&quot;: [{&quot;channel&quot;: &quot;facebook:kallioranta&quot;, &quot;at&quot;: &quot;2026-12-03T09:00&quot;}]}. Tiderna är lokal tid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="64"/>
        <source>the post&apos;s working title</source>
        <translation>inläggets arbetsnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="191"/>
        <location filename="../src/kuntasome/cli/archive.py" line="225"/>
        <location filename="../src/kuntasome/cli/archive.py" line="233"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="69"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="70"/>
        <source>the text in {language}</source>
        <translation>texten på språket {language}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="77"/>
        <source>a channel to post on; repeatable</source>
        <translation>kanal att publicera på; kan anges flera gånger</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="81"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="113"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="39"/>
        <source>TIME</source>
        <translation>TID</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="82"/>
        <source>local date and time for every channel, e.g. 2026-12-03T09:00</source>
        <translation>lokalt datum och klockslag för alla kanaler, t.ex. 2026-12-03T09:00</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="84"/>
        <source>a crisis post</source>
        <translation>krisinlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="86"/>
        <source>the post as JSON</source>
        <translation>inlägget som JSON</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="93"/>
        <source>send a post for approval</source>
        <translation>skicka ett inlägg för godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="94"/>
        <source>approve a post (an approver only)</source>
        <translation>godkänn ett inlägg (endast den som godkänner)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="95"/>
        <source>mark an approved post scheduled</source>
        <translation>markera ett godkänt inlägg som schemalagt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="104"/>
        <source>record that a post was published on a channel</source>
        <translation>registrera att ett inlägg publicerades på en kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="109"/>
        <source>the published post&apos;s web address</source>
        <translation>det publicerade inläggets webbadress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="114"/>
        <source>when it was published, local time (default: now)</source>
        <translation>publiceringstid, lokal tid (standard: nu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="197"/>
        <source>Post {id} ({title}): {status}</source>
        <translation>Inlägg {id} ({title}): {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="35"/>
        <source>make a management report of a period as PDF/A</source>
        <translation>gör en rapport till ledningen för en period som PDF/A</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="36"/>
        <source>A management report of a period as a tagged PDF/A: key figures against the previous period and a year earlier, channels, language coverage, dialogue and moderation, register health and accessibility duties.</source>
        <translation>En rapport till ledningen för en period som tillgänglig PDF/A: nyckeltal jämförda med föregående period och samma period året innan, kanaler, språkversioner, dialog och moderering, kanalregistrets skick och tillgänglighetskrav.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="76"/>
        <location filename="../src/kuntasome/cli/reports.py" line="45"/>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="46"/>
        <source>a month (2026-10), quarter (2026-Q3), half-year (2026-H1) or year (2026)</source>
        <translation>en månad (2026-10), ett kvartal (2026-Q3), ett halvår (2026-H1) eller ett år (2026)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="53"/>
        <source>first day of a custom period</source>
        <translation>första dagen av en valfri period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="54"/>
        <source>last day of a custom period</source>
        <translation>sista dagen av en valfri period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="61"/>
        <source>language of the report (default: as set for reports)</source>
        <translation>rapportens språk (standard: enligt inställningen för rapporter)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="65"/>
        <source>SECTION,…</source>
        <translation>AVSNITT,…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="67"/>
        <source>the sections to include, comma-separated (default: all): {all}</source>
        <translation>avsnitten som tas med, åtskilda med kommatecken (standard: alla): {all}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="75"/>
        <source>what the channels&apos; changes are against: the previous period or a year earlier</source>
        <translation>vad kanalernas förändring jämförs med: föregående period (previous) eller året innan (year)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="83"/>
        <source>a UTF-8 text file whose text goes in as the commentary</source>
        <translation>en textfil i UTF-8 vars text tas med som kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="90"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen som skrivs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="97"/>
        <source>the logo on every report&apos;s cover (PNG, JPEG or SVG)</source>
        <translation>logotypen på rapporternas pärm (PNG, JPEG eller SVG)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="102"/>
        <source>no logo on the cover</source>
        <translation>ingen logotyp på pärmen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="108"/>
        <source>list the reports made</source>
        <translation>lista de rapporter som gjorts</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="173"/>
        <source>Report of {period} → {file}</source>
        <translation>Rapport för {period} → {file}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="201"/>
        <source>No reports made yet.</source>
        <translation>Inga rapporter har gjorts ännu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="215"/>
        <source>The reports&apos; cover shows the logo.</source>
        <translation>Rapporternas pärm visar logotypen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="217"/>
        <source>The reports&apos; cover has no logo.</source>
        <translation>Rapporternas pärm har ingen logotyp.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="35"/>
        <source>blue</source>
        <translation>blå</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="36"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="37"/>
        <source>green</source>
        <translation>grön</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="38"/>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="39"/>
        <source>vermilion</source>
        <translation>cinnoberröd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="40"/>
        <source>sky blue</source>
        <translation>himmelsblå</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="41"/>
        <source>ochre</source>
        <translation>ockra</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="42"/>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="43"/>
        <source>wine red</source>
        <translation>vinröd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="44"/>
        <source>teal</source>
        <translation>blågrön</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="45"/>
        <source>indigo</source>
        <translation>indigo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="46"/>
        <source>olive</source>
        <translation>olivgrön</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="30"/>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="31"/>
        <source>no identifiable people</source>
        <translation>inga identifierbara personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="32"/>
        <source>consent obtained</source>
        <translation>samtycke inhämtat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="33"/>
        <source>consent refused</source>
        <translation>samtycke nekat</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="47"/>
        <source>KuntaSome – unexpected error</source>
        <translation>KuntaSome – oväntat fel</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="50"/>
        <source>Something went wrong that KuntaSome did not expect. Your saved data is safe; the action you were doing may not have finished.</source>
        <translation>Något gick fel som KuntaSome inte förväntade sig. Dina sparade uppgifter är i säkerhet, men det du just gjorde kan ha blivit ofullbordat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="58"/>
        <source>The details below were also written to the log file:
{log_file}</source>
        <translation>Uppgifterna nedan har också skrivits i loggfilen:
{log_file}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="69"/>
        <source>Open post</source>
        <translation>Öppna inlägget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="105"/>
        <source>Loading…</source>
        <translation>Läses in…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="108"/>
        <source>No posts. Double-click the day or press Enter to add one.</source>
        <translation>Inga inlägg. Dubbelklicka på dagen eller tryck på Enter för att lägga till ett.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="242"/>
        <source>Channel request: {proposed_name}</source>
        <translation>Kanalansökan: {proposed_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="249"/>
        <source>Requested by {requested_by} on {created_at} · {status}</source>
        <translation>Ansökt av {requested_by} den {created_at} · {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="265"/>
        <source>{hours_per_week} hours a week</source>
        <translation>{hours_per_week} timmar i veckan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="270"/>
        <source>How does it complement the website?</source>
        <translation>Hur kompletterar kanalen webbplatsen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="275"/>
        <source>profile picture</source>
        <translation>profilbild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="276"/>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="277"/>
        <source>page rules</source>
        <translation>sidans regler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="281"/>
        <source>Ready:</source>
        <translation>Klart:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="282"/>
        <source>nothing yet</source>
        <translation>inget ännu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="285"/>
        <source>Decision by {decided_by}:</source>
        <translation>Beslut av {decided_by}:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="288"/>
        <source>Address if approved:</source>
        <translation>Adress om ansökan godkänns:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="289"/>
        <source>The account&apos;s web address or handle</source>
        <translation>Kontots webbadress eller användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="290"/>
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="291"/>
        <source>Required for a rejection</source>
        <translation>Krävs om ansökan avslås</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="292"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="293"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="297"/>
        <source>Only a responsible manager can decide. If that is you, choose your name under File › Settings › You are.</source>
        <translation>Endast en ansvarig chef kan besluta. Om det är du, välj ditt namn under Arkiv › Inställningar › Du är.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="484"/>
        <source>Posts written: {count}</source>
        <translation>Inlägg skrivna: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="509"/>
        <source>Moderation entries written: {count}</source>
        <translation>Modereringsanteckningar skrivna: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="527"/>
        <source>Daily metric values written: {count}</source>
        <translation>Dagliga statistikvärden skrivna: {count}</translation>
    </message>
</context>
<context>
    <name>DisposalTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="92"/>
        <source>Records past their retention period and not on a legal hold. Disposing of moderation entries erases what the public wrote (the log&apos;s chain records it and stays verifiable); evidence files are deleted; old check-ins, statistics, posts and audit entries are removed. The register and the reports are kept permanently.</source>
        <translation>Handlingar vars förvaringstid har gått ut och som inte omfattas av gallringsstopp. Gallring av modereringsanteckningar raderar det som allmänheten skrev (loggens hashkedja registrerar det och kan fortfarande kontrolleras); bevisfiler raderas; gamla bevakningskontroller, statistik, inlägg och anteckningar i händelseloggen tas bort. Registret och rapporterna bevaras för alltid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="101"/>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="115"/>
        <source>Record type</source>
        <translation>Handlingstyp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="102"/>
        <source>Past retention</source>
        <translation>Förvaringstiden ute</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="103"/>
        <source>On a legal hold</source>
        <translation>Gallringsstopp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="104"/>
        <source>Last dated before</source>
        <translation>Senast daterad före</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="105"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="108"/>
        <source>D&amp;ecision</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="109"/>
        <source>Who decided, when and its number</source>
        <translation>Vem som beslutade, när och paragraf</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="110"/>
        <source>&amp;Dispose of these…</source>
        <translation>&amp;Gallra dessa…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="111"/>
        <source>Disposal log</source>
        <translation>Gallringslogg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="114"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="116"/>
        <source>How many</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="117"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="118"/>
        <source>Approved by</source>
        <translation>Godkänt av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="155"/>
        <source>Approved by: {name}</source>
        <translation>Godkänt av: {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="158"/>
        <source>A disposal is approved by a named person: choose who you are under File › Settings.</source>
        <translation>En gallring godkänns av en namngiven person: välj vem du är under Arkiv › Inställningar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="180"/>
        <source>Dispose of records</source>
        <translation>Gallring av handlingar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="183"/>
        <source>Dispose of these records for good? This cannot be undone.

{lines}

Decision: {decision}
Approved by: {name}</source>
        <translation>Gallra de här handlingarna för gott? Det kan inte ångras.

{lines}

Beslut: {decision}
Godkänt av: {name}</translation>
    </message>
</context>
<context>
    <name>EndCrisisDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="158"/>
        <source>Crisis mode is off</source>
        <translation>Krisläget är avslutat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="161"/>
        <source>These posts were paused during the crisis. Ticked posts go back to the calendar at the time shown (times that passed during the crisis are moved to the next hour); the others stay paused until you move them.</source>
        <translation>Dessa inlägg pausades under krisen. Markerade inlägg går tillbaka till kalendern vid den tid som visas (tider som passerade under krisen flyttas till nästa hela timme); de övriga förblir pausade tills du flyttar dem.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="167"/>
        <source>Put back</source>
        <translation>Återställ till kalendern</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="39"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="41"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="45"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="48"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="49"/>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="50"/>
        <source>Posted</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="51"/>
        <source>Seen</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="52"/>
        <source>Answer due</source>
        <translation>Ska besvaras senast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="53"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="54"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="55"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="56"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="57"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="58"/>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="59"/>
        <source>Why no evidence</source>
        <translation>Varför bevis saknas</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="60"/>
        <source>Logged</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="128"/>
        <source>Moderation entry {id}</source>
        <translation>Modereringsanteckning {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="129"/>
        <source>Record the answer…</source>
        <translation>Registrera svaret…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="130"/>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="131"/>
        <source>Block this account…</source>
        <translation>Blockera det här kontot…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="139"/>
        <source>Personal data in this entry is kept until {keep_until} (retention).</source>
        <translation>Personuppgifterna i den här anteckningen sparas till {keep_until} (lagringstid).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="147"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="148"/>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="149"/>
        <source>original picture</source>
        <translation>originalbild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="165"/>
        <source>Earlier version: entry {id}</source>
        <translation>Tidigare version: anteckning {id}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="185"/>
        <source>Correct entry {id}</source>
        <translation>Rätta anteckning {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="187"/>
        <source>New entry</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="190"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="191"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="192"/>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="193"/>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="194"/>
        <source>Case num&amp;ber</source>
        <translation>&amp;Diarienummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="195"/>
        <source>&amp;Posted</source>
        <translation>&amp;Publicerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="196"/>
        <source>S&amp;een</source>
        <translation>&amp;Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="197"/>
        <source>Ans&amp;wered</source>
        <translation>&amp;Besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="198"/>
        <source>A&amp;uthor</source>
        <translation>Skrib&amp;ent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="199"/>
        <source>Co&amp;mment address</source>
        <translation>K&amp;ommentarens adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="200"/>
        <source>C&amp;omment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="201"/>
        <source>Answer &amp;text</source>
        <translation>Sva&amp;r</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="202"/>
        <source>Ha&amp;ndler</source>
        <translation>Ha&amp;ndläggare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="203"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="204"/>
        <source>No evidence</source>
        <translation>Inget bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="208"/>
        <source>answered at</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="210"/>
        <source>the commenter&apos;s account name</source>
        <translation>kommentatorns kontonamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="211"/>
        <source>the registry&apos;s case number</source>
        <translation>registraturens diarienummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="212"/>
        <source>Paste comment</source>
        <translation>Klistra in kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="214"/>
        <source>Paste the comment&apos;s address and text copied from the service</source>
        <translation>Klistra in kommentarens adress och text som kopierats från tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="216"/>
        <source>Insert signature</source>
        <translation>Infoga signatur</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="217"/>
        <source>none could be taken, because</source>
        <translation>kunde inte tas, eftersom</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="218"/>
        <source>why no screenshot exists (logged)</source>
        <translation>varför skärmdump saknas (registreras)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="219"/>
        <source>Save entry</source>
        <translation>Spara anteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="220"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="221"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="225"/>
        <source>Saving adds a new version of entry {correcting}; the original stays in the log.</source>
        <translation>När du sparar läggs en ny version av anteckning {correcting} till; originalet finns kvar i loggen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="419"/>
        <source>The entry was not saved</source>
        <translation>Anteckningen sparades inte</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="128"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="129"/>
        <source>Seen</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="130"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="131"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="132"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="133"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="134"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="135"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="141"/>
        <source>overdue (due {due_at})</source>
        <translation>försenad (senast {due_at})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="143"/>
        <source>waiting, due {due_at}</source>
        <translation>väntar, senast {due_at}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="145"/>
        <source>answered late</source>
        <translation>besvarad för sent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="147"/>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="74"/>
        <source>{name} is not a KuntaSome database. Choose another file or folder.</source>
        <translation>{name} är inte en KuntaSome-databas. Välj en annan fil eller mapp.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="82"/>
        <source>The database {name} was made by a newer version of KuntaSome (schema {revision}). Install the newer version to open it. Nothing was changed.</source>
        <translation>Databasen {name} har skapats med en nyare version av KuntaSome (schemaversion {revision}). Installera den nyare versionen för att öppna den. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="96"/>
        <source>The database file {path} is damaged or is not a database ({detail}). Nothing was changed. Restore it from a backup in the backups folder.</source>
        <translation>Databasfilen {path} är skadad eller är ingen databas ({detail}). Ingenting ändrades. Återställ filen från en säkerhetskopia i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="108"/>
        <source>The database {path} is in use by another program, or by KuntaSome in another window. Close it and try again.</source>
        <translation>Databasen {path} används av ett annat program eller av KuntaSome i ett annat fönster. Stäng det och försök igen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="152"/>
        <source>The database file {path} cannot be written: the file or its folder is read-only. It is not damaged and nothing was changed. Give yourself permission to write to it, or copy the data folder to a place where you can.</source>
        <translation>Det går inte att skriva till databasfilen {path}: filen eller dess mapp är skrivskyddad. Filen är inte skadad och ingenting ändrades. Ge dig själv skrivrättighet till filen, eller kopiera datamappen till en plats där du kan skriva.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="205"/>
        <source>Cannot connect to the database server {name}: {detail}</source>
        <translation>Det går inte att ansluta till databasservern {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="253"/>
        <location filename="../src/kuntasome/core/integrity.py" line="128"/>
        <source>The database file {path} does not exist.</source>
        <translation>Databasfilen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="260"/>
        <source>The database {name} is empty: it holds no register. Nothing was changed. Restore it from a backup, or make a new register with &apos;kuntasome init&apos;.</source>
        <translation>Databasen {name} är tom: den innehåller inget register. Ingenting ändrades. Återställ den från en säkerhetskopia, eller skapa ett nytt register med &apos;kuntasome init&apos;.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/state.py" line="83"/>
        <source>The database already holds {count} channels. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <extracomment>Set while the demo is written; left behind when it is interrupted.</extracomment>
        <translation>Databasen innehåller redan {count} kanaler. Demodata kan bara skapas i en tom databas: använd en annan datamapp (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/state.py" line="92"/>
        <source>The database already holds people or units. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <translation>Databasen innehåller redan personer eller enheter. Demodata sparas bara i en tom databas: använd en annan datamapp (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="79"/>
        <source>“{value}” is not a valid {platform} address. Write it like this: {example}</source>
        <translation>”{value}” är inte en giltig {platform}-adress. Skriv den till exempel så här: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="94"/>
        <source>Use a secure https:// address, not http://: {value}</source>
        <translation>Använd en säker https://-adress, inte http://: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="109"/>
        <source>Unknown platform: {platform}</source>
        <translation>Okänd tjänst: {platform}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="52"/>
        <source>No channel {ref} in the register.</source>
        <translation>Kanalen {ref} finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="145"/>
        <source>The review interval must be 1–60 months.</source>
        <translation>Granskningsintervallet måste vara 1–60 månader.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="148"/>
        <source>A colour is written #RRGGBB, e.g. #0072B2.</source>
        <translation>En färg skrivs i formen #RRGGBB, till exempel #0072B2.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="151"/>
        <source>Choose at least one language.</source>
        <translation>Välj minst ett språk.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="115"/>
        <source>Several channels are called {ref}: write it as platform:handle, e.g. {example}.</source>
        <translation>Flera kanaler heter {ref}: skriv i formen tjänst:användarnamn, t.ex. {example}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="180"/>
        <source>{platform} {handle} is already in the register ({name}).</source>
        <translation>{platform}-kontot {handle} finns redan i registret ({name}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="204"/>
        <source>A channel cannot go from {old} to {new}.</source>
        <translation>Kanalens status kan inte ändras: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="86"/>
        <source>The computer&apos;s password store (keyring) is not available, so passwords and backup codes cannot be saved or shown. Everything else keeps working.</source>
        <translation>Datorns lösenordsförråd är inte tillgängligt, så lösenord och reservkoder kan inte sparas eller visas. Allt annat fungerar som vanligt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="129"/>
        <source>The secret is empty.</source>
        <translation>Hemligheten är tom.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="132"/>
        <source>The secret is not text: it holds a NUL byte, another control character or bytes that are not UTF-8. Nothing was saved. Give the password or the codes as text.</source>
        <translation>Hemligheten är inte text: den innehåller en NUL-byte, ett annat styrtecken eller byte som inte är UTF-8. Ingenting sparades. Ange lösenordet eller koderna som text.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="142"/>
        <source>The secret is too long for the Windows password store: at most {limit} characters (this one has {length}). Split it, or keep the rest elsewhere.</source>
        <translation>Hemligheten är för lång för Windows lösenordsförråd: högst {limit} tecken (den här har {length}). Dela upp den eller förvara resten någon annanstans.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="166"/>
        <source>No such secret is stored in this computer&apos;s password store.</source>
        <translation>En sådan hemlighet finns inte i den här datorns lösenordsförråd.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="140"/>
        <location filename="../src/kuntasome/core/people.py" line="178"/>
        <location filename="../src/kuntasome/core/people.py" line="253"/>
        <source>No person {ref} in the register.</source>
        <translation>Personen {ref} finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="209"/>
        <location filename="../src/kuntasome/core/channels/access.py" line="223"/>
        <location filename="../src/kuntasome/core/channels/access.py" line="371"/>
        <source>No such access in the register.</source>
        <translation>En sådan behörighet finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="211"/>
        <source>The person has several roles on the channel: give --role.</source>
        <translation>Personen har flera roller på kanalen: ange --role.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="321"/>
        <source>{person} has left: access cannot be granted.</source>
        <translation>{person} har slutat, så behörighet kan inte beviljas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="333"/>
        <source>{person} already has {role} access to this channel: revoke it first to change the role.</source>
        <translation>{person} har redan behörighet till den här kanalen (roll: {role}). Ta först bort den om du vill byta roll.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="64"/>
        <source>Answer “{question}” before sending the request.</source>
        <translation>Svara på frågan ”{question}” innan du skickar ansökan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="146"/>
        <source>This request is no longer waiting.</source>
        <translation>Den här ansökan väntar inte längre på beslut.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="149"/>
        <source>Only a responsible manager can decide on a request.</source>
        <translation>Endast en ansvarig chef kan besluta om en ansökan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="152"/>
        <source>Give a reason for the rejection.</source>
        <translation>Ange en motivering till avslaget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="161"/>
        <source>The file {path} does not exist.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="168"/>
        <source>{path} has no rows to import: expected a header row and one row per channel.</source>
        <translation>Filen {path} har inga rader att importera: en rubrikrad och en rad per kanal förväntades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="186"/>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="195"/>
        <source>{path} is not a readable Excel workbook.</source>
        <translation>{path} är inte en läsbar Excel-arbetsbok.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="203"/>
        <source>{path} is not a readable table: its text is neither UTF-8 nor Windows-1252 (or the file is damaged or cut off). Nothing was imported. Save it again from the spreadsheet as CSV UTF-8 or as .xlsx.</source>
        <translation>Filen {path} kan inte läsas som en tabell: texten är varken UTF-8 eller Windows-1252 (eller så är filen skadad eller avbruten). Ingenting importerades. Spara den på nytt från kalkylprogrammet som CSV UTF-8 eller .xlsx.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="250"/>
        <source>{path} is not a readable CSV table (line {line}: {reason}).</source>
        <translation>Filen {path} kan inte läsas som en CSV-tabell (rad {line}: {reason}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="260"/>
        <source>{path} seems cut off: its last row ({line}) stops after {cells} of {columns} columns. Nothing was imported; save the whole file again.</source>
        <translation>Filen {path} verkar avbruten: dess sista rad ({line}) slutar efter {cells} av {columns} kolumner. Ingenting importerades; spara hela filen på nytt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="292"/>
        <source>Choose which column holds the {field}: it is needed for every channel.</source>
        <translation>Välj kolumnen som innehåller {field}: den behövs för varje kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="313"/>
        <source>The same account is already on row {row}.</source>
        <translation>Samma konto finns redan på rad {row}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="337"/>
        <source>Unknown service “{value}”: expected one of {known}.</source>
        <translation>Okänd tjänst ”{value}”: en av följande förväntades: {known}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="349"/>
        <source>Unknown status “{value}”.</source>
        <translation>Okänd status ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="355"/>
        <source>Unknown language “{value}”.</source>
        <translation>Okänt språk ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="380"/>
        <source>{handle} is already in the register.</source>
        <translation>{handle} finns redan i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="398"/>
        <source>Nothing was imported. Rows with problems: {count}; the first is row {row}: {reason}</source>
        <translation>Ingenting importerades. Rader med problem: {count}; den första är rad {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="415"/>
        <source>Nothing was imported: row {row}, {handle}, is already in the register.</source>
        <translation>Ingenting importerades: kontot {handle} på rad {row} finns redan i registret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/errors.py" line="55"/>
        <source>Someone else changed this record while you were editing it. Your changes were not saved: reload it and make them again.</source>
        <translation>Någon annan ändrade uppgifterna medan du redigerade dem. Dina ändringar sparades inte: ladda uppgifterna på nytt och gör ändringarna igen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="159"/>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="163"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="223"/>
        <source>Write the unit&apos;s name.</source>
        <translation>Skriv enhetens namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="92"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="104"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="153"/>
        <location filename="../src/kuntasome/core/reports/periods.py" line="44"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="93"/>
        <source>Say why crisis mode is switched on.</source>
        <translation>Ange varför krisläget slås på.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="96"/>
        <source>Crisis mode is already on.</source>
        <translation>Krisläget är redan på.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="130"/>
        <source>Crisis mode is not on.</source>
        <translation>Krisläget är inte på.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="159"/>
        <source>End crisis mode before resuming paused posts.</source>
        <translation>Avsluta krisläget innan pausade inlägg återupptas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="76"/>
        <source>{name} is not a KuntaSome backup, or it is damaged{detail}. Nothing was changed.</source>
        <translation>{name} är ingen säkerhetskopia från KuntaSome, eller så är den skadad{detail}. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="103"/>
        <source>{name} was made by a newer version of KuntaSome ({version}, schema {revision}). Install that version or a newer one to restore it. Nothing was changed.</source>
        <translation>{name} gjordes med en nyare version av KuntaSome ({version}, schemaversion {revision}). Installera den versionen eller en nyare för att återställa den. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="139"/>
        <location filename="../src/kuntasome/core/calendar/media.py" line="84"/>
        <location filename="../src/kuntasome/core/moderation/evidence.py" line="71"/>
        <location filename="../src/kuntasome/core/reports/logo.py" line="52"/>
        <source>There is no file {name}.</source>
        <translation>Filen {name} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="162"/>
        <source>The backup {name} is damaged: {file} is not what was backed up (its checksum differs). Nothing was changed. Use another backup.</source>
        <translation>Säkerhetskopian {name} är skadad: {file} är inte det som säkerhetskopierades (kontrollsumman stämmer inte). Ingenting ändrades. Använd en annan säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="177"/>
        <source>The backup {name} is incomplete: {file} is missing. Nothing was changed.</source>
        <translation>Säkerhetskopian {name} är ofullständig: {file} saknas. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="185"/>
        <source>The backup {name} holds a file its manifest does not list ({file}). Nothing was changed.</source>
        <translation>Säkerhetskopian {name} innehåller en fil som dess innehållsförteckning inte tar upp ({file}). Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="274"/>
        <source>The folder {folder} already holds KuntaSome data. Restore into an empty folder, or replace the data (it is moved aside into {aside}, not deleted). Nothing was changed.</source>
        <translation>Mappen {folder} innehåller redan uppgifter från KuntaSome. Återställ till en tom mapp eller ersätt uppgifterna (de flyttas undan till {aside}, de raderas inte). Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="340"/>
        <source>The backup could not be restored into {folder}: {detail}</source>
        <translation>Säkerhetskopian kunde inte återställas till {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/evidence.py" line="75"/>
        <source>{name} is not a picture. Evidence is a screenshot: PNG, JPEG, GIF, BMP or WebP.</source>
        <translation>{name} är ingen bild. Bevis är en skärmdump: PNG, JPEG, GIF, BMP eller WebP.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="159"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="180"/>
        <source>There is no media file {media}.</source>
        <translation>Mediefilen {media} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="155"/>
        <source>There is no post {post}.</source>
        <translation>Inlägget {post} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="168"/>
        <source>Give the post a title.</source>
        <translation>Ge inlägget en rubrik.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="171"/>
        <source>A channel can be a target only once.</source>
        <translation>En kanal kan väljas bara en gång för ett inlägg.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="101"/>
        <source>Unknown archive format {format} (choose bagit or eark).</source>
        <translation>Okänt arkivformat {format} (välj bagit eller eark).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="106"/>
        <source>Unknown layout {layout} (choose dir, zip or tar).</source>
        <translation>Okänd form {layout} (välj dir, zip eller tar).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="111"/>
        <source>{path} already exists. Choose a new name: a snapshot is never overwritten.</source>
        <translation>{path} finns redan. Välj ett nytt namn: ett arkivpaket skrivs aldrig över.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="73"/>
        <source>A hold is on one thing: a channel, an account or a moderation entry.</source>
        <translation>Ett gallringsstopp gäller en sak: en kanal, ett konto eller en modereringsanteckning.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="79"/>
        <source>Say why the records are held (e.g. the complaint or case number).</source>
        <translation>Ange varför handlingarna inte får gallras (t.ex. klagomålets eller ärendets nummer).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="86"/>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="145"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="175"/>
        <source>There is no channel {channel}.</source>
        <translation>Kanalen {channel} finns inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="126"/>
        <source>Say why the hold is lifted.</source>
        <translation>Ange varför gallringsstoppet hävs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="130"/>
        <source>There is no hold {id}.</source>
        <translation>Det finns inget gallringsstopp {id}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="133"/>
        <source>Hold {id} has already been lifted.</source>
        <translation>Gallringsstopp {id} har redan hävts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="265"/>
        <source>The snapshot could not be written to {path}: {detail}</source>
        <translation>Arkivpaketet kunde inte skrivas till {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="316"/>
        <source>The file {file} of the snapshot is missing from the data folder. Run “kuntasome moderation verify” to see what else is missing.</source>
        <translation>Filen {file} i arkivpaketet saknas i datamappen. Kör ”kuntasome moderation verify” för att se vad mer som saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="184"/>
        <source>The budget cannot be negative.</source>
        <translation>Budgeten kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="294"/>
        <source>A published target stays in the post: it is a public record.</source>
        <translation>En publicerad kanal kan inte tas bort från inlägget: den är en allmän handling.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="320"/>
        <source>A published post cannot be moved to another time.</source>
        <translation>Ett publicerat inlägg kan inte flyttas till en annan tid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="363"/>
        <source>A post that is {old} cannot become {new}.</source>
        <translation>Inläggets status kan inte ändras: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="371"/>
        <source>Only a person with the approver role can approve a post. Choose who you are in Settings.</source>
        <translation>Endast en person med rollen godkännare kan godkänna ett inlägg. Välj vem du är i inställningarna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="126"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="130"/>
        <source>{name} is not a post as JSON.</source>
        <translation>{name} är inte ett inlägg i JSON-format.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="156"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="387"/>
        <source>Choose at least one channel for the post.</source>
        <translation>Välj minst en kanal för inlägget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="225"/>
        <source>The post is not planned for {channel}.</source>
        <translation>Inlägget är inte planerat för {channel}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="391"/>
        <source>Give every channel a time before scheduling.</source>
        <translation>Ge varje kanal en tid innan inlägget schemaläggs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="434"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="479"/>
        <source>This post is no longer in the calendar.</source>
        <translation>Inlägget finns inte längre i kalendern.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="439"/>
        <source>A {status} post cannot be moved to another time.</source>
        <translation>Ett inlägg med status {status} kan inte flyttas till en annan tid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="470"/>
        <source>Paste the published post&apos;s web address (it starts with https://).</source>
        <translation>Klistra in det publicerade inläggets webbadress (den börjar med https://).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="484"/>
        <source>The post must be approved before it is published.</source>
        <translation>Inlägget måste godkännas innan det publiceras.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="487"/>
        <source>This channel&apos;s post was cancelled.</source>
        <translation>Inlägget i den här kanalen har ställts in.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="534"/>
        <source>Give the campaign a name.</source>
        <translation>Ge kampanjen ett namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="132"/>
        <source>Give the blocked account&apos;s name.</source>
        <translation>Ange det blockerade kontots namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="134"/>
        <source>Give the reason for the block.</source>
        <translation>Ange skälet till blockeringen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="136"/>
        <source>Choose who decided on the block.</source>
        <translation>Välj vem som beslutade om blockeringen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="140"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="263"/>
        <location filename="../src/kuntasome/core/statistics/store.py" line="179"/>
        <source>Choose the channel.</source>
        <translation>Välj kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="173"/>
        <source>Give the reason for lifting the block.</source>
        <translation>Ange skälet till att blockeringen hävs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="180"/>
        <source>The block has already been lifted.</source>
        <translation>Blockeringen har redan hävts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="183"/>
        <source>A block cannot be lifted before it was made.</source>
        <translation>En blockering kan inte hävas innan den gjordes.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="179"/>
        <source>Choose what kind of comment this is.</source>
        <translation>Välj vilken typ av kommentar det är.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="181"/>
        <source>Choose what was done.</source>
        <translation>Välj vad som gjordes.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="184"/>
        <source>The comment cannot have been seen before it was posted.</source>
        <translation>Kommentaren kan inte ha upptäckts innan den publicerades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="188"/>
        <source>The answer cannot be earlier than the comment.</source>
        <translation>Svaret kan inte vara tidigare än kommentaren.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="192"/>
        <source>Choose the reason for hiding or removing the comment.</source>
        <translation>Välj skälet till att kommentaren döljs eller tas bort.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="196"/>
        <source>Give the registry&apos;s case number for a comment forwarded there.</source>
        <translation>Ange registraturens diarienummer för en kommentar som skickats dit.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="201"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="599"/>
        <source>Write the answer that was given.</source>
        <translation>Skriv svaret som gavs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="204"/>
        <source>A removed comment needs a screenshot taken before the removal. Add one, or explain why none could be taken.</source>
        <translation>En borttagen kommentar kräver en skärmdump som tagits före borttagningen. Lägg till en eller förklara varför ingen kunde tas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="267"/>
        <source>The entry to correct no longer exists.</source>
        <translation>Anteckningen som ska rättas finns inte längre.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="276"/>
        <source>Entry {id} has already been corrected by entry {newer}: correct the newest version.</source>
        <translation>Anteckning {id} har redan rättats genom anteckning {newer}: rätta den senaste versionen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="91"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="534"/>
        <source>There is no moderation entry {id}.</source>
        <translation>Det finns ingen modereringsanteckning {id}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/monitoring.py" line="78"/>
        <source>Choose at least one channel you checked.</source>
        <translation>Välj minst en kanal som du kontrollerade.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/removal_reasons.py" line="62"/>
        <source>Every reason needs a name.</source>
        <translation>Varje skäl måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="25"/>
        <source>{name} could not be read as a picture.</source>
        <translation>{name} kunde inte läsas som en bild.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="197"/>
        <source>The chart file must end in .png or .svg.</source>
        <translation>Diagramfilens namn måste sluta på .png eller .svg.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/detect.py" line="23"/>
        <source>{name} is not an export KuntaSome recognises. Expected a file exported from Meta Business Suite (Facebook, Instagram), Facebook Insights, X, LinkedIn, YouTube Studio or TikTok Studio, or a Mastodon or Bluesky archive. A table with a date column can be imported by mapping its columns in the Statistics section.</source>
        <translation>{name} är ingen exportfil som KuntaSome känner igen. Väntade en fil exporterad från Meta Business Suite (Facebook, Instagram), Facebook Insights, X, LinkedIn, YouTube Studio eller TikTok Studio, eller ett Mastodon- eller Bluesky-arkiv. En tabell med en datumkolumn kan importeras genom att koppla dess kolumner i avsnittet Statistik.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="223"/>
        <source>{name} is too large to be an export ({size} MB; at most {limit} MB). Nothing was imported.</source>
        <translation>{name} är för stor för att vara en exportfil ({size} MB; högst {limit} MB). Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="251"/>
        <source>{name} is not an ordinary file. Choose the exported file itself.</source>
        <translation>{name} är ingen vanlig fil. Välj själva exportfilen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="262"/>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="267"/>
        <source>{name} is empty.</source>
        <translation>{name} är tom.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="56"/>
        <source>{name} has {columns} columns; no export has more than {limit}. Nothing was imported.</source>
        <extracomment>Bounds no export comes near (a ten-year YouTube chart export of a million rows is 40 MB; a daily export of ten years is 3,650 rows): a file beyond them is refused at once, and while it is read, instead of filling the memory for minutes. Memory is bounded by the cells kept (about 90 bytes each) and the text of the file.</extracomment>
        <translation>{name} har {columns} kolumner; ingen exportfil har fler än {limit}. Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="67"/>
        <source>{name} has more rows than any export ({limit} at most, or {cells} cells). Split it by period in the service and import the parts. Nothing was imported.</source>
        <translation>{name} har fler rader än någon exportfil (högst {limit} rader eller {cells} celler). Exportera uppgifterna ur tjänsten i kortare perioder och importera delarna var för sig. Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="146"/>
        <source>{name} has a cell of more than {limit} characters on line {line}; no export has one. Nothing was imported.</source>
        <translation>{name} har på rad {line} en cell med över {limit} tecken; ingen exportfil har en sådan. Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="296"/>
        <source>{name} is damaged or not an export file: {reason}</source>
        <translation>{name} är skadad eller ingen exportfil: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="116"/>
        <source>The file is from {platform}, but {channel} is a {channel_platform} channel.</source>
        <translation>Filen kommer från {platform}, men {channel} är en {channel_platform}-kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="157"/>
        <source>{name} has already been imported ({when}). Undo that import first to import it again.</source>
        <translation>{name} har redan importerats ({when}). Ångra den importen först om du vill importera filen igen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="169"/>
        <source>Choose the channel for: {accounts}.</source>
        <translation>Välj kanal för: {accounts}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="340"/>
        <source>That import has already been undone.</source>
        <translation>Importen har redan ångrats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="204"/>
        <source>There is no block {id}.</source>
        <translation>Det finns ingen blockering {id}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="79"/>
        <source>Not a date and time (YYYY-MM-DDTHH:MM): {value}</source>
        <translation>Inte ett datum och klockslag (ÅÅÅÅ-MM-DDTHH:MM): {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="84"/>
        <source>{value} is not between {first} and {last}</source>
        <translation>{value} ligger inte mellan {first} och {last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="65"/>
        <source>{zone} is not a time zone this computer knows.</source>
        <translation>Den här datorn känner inte till tidszonen {zone}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="121"/>
        <source>Write the organisation&apos;s name.</source>
        <translation>Skriv organisationens namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="124"/>
        <source>The country must be FI or SE, not {country}.</source>
        <translation>Landet måste vara FI eller SE, inte {country}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="131"/>
        <source>A register already exists in {database}; init creates only new ones.</source>
        <translation>Det finns redan ett register i {database}; init skapar bara nya.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/cancel.py" line="18"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutet: ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/choices.py" line="86"/>
        <source>The office must open before it closes.</source>
        <translation>Kontoret måste öppna innan det stänger.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="116"/>
        <source>Give either a period or its first and last day, not both.</source>
        <translation>Ange antingen en period eller dess första och sista dag, inte båda.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="123"/>
        <source>Which period? Give --period (e.g. 2026-Q3) or --from and --to.</source>
        <translation>Vilken period? Ange --period (t.ex. 2026-Q3) eller --from och --to.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="136"/>
        <source>{name} could not be read as UTF-8 text.</source>
        <translation>Filen {name} kunde inte läsas som text i UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="134"/>
        <source>{value} is not a period: write a month (2026-10), a quarter (2026-Q3), a half-year (2026-H1) or a year (2026).</source>
        <translation>{value} är ingen period: skriv en månad (2026-10), ett kvartal (2026-Q3), ett halvår (2026-H1) eller ett år (2026).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="48"/>
        <source>Reports are written in Finnish, Swedish or English.</source>
        <translation>Rapporter skrivs på finska, svenska eller engelska.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="53"/>
        <source>Choose the report&apos;s sections from: {sections}.</source>
        <translation>Välj rapportens avsnitt bland: {sections}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="58"/>
        <source>Compare with the previous period or a year earlier.</source>
        <translation>Jämför med föregående period eller med samma period året innan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="62"/>
        <source>The commentary is longer than {count} characters.</source>
        <translation>Kommentaren är längre än {count} tecken.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="232"/>
        <source>Choose a reminder and a language.</source>
        <translation>Välj påminnelse och språk.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/logo.py" line="57"/>
        <source>{name} is not a PNG, JPEG or SVG picture.</source>
        <translation>{name} är ingen PNG-, JPEG- eller SVG-bild.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/logo.py" line="62"/>
        <source>{name} is larger than 1 MB: use a smaller logo.</source>
        <translation>{name} är större än 1 MB: använd en mindre logotyp.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="88"/>
        <source>Backup and restore work on a data folder and its SQLite database. A team database on a server is backed up on the server (for example with pg_dump).</source>
        <translation>Säkerhetskopiering och återställning gäller en datamapp och dess SQLite-databas. En teamdatabas på en server säkerhetskopieras på servern (till exempel med pg_dump).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="143"/>
        <source>The database could not be copied for the backup: {detail}</source>
        <translation>Databasen kunde inte kopieras till säkerhetskopian: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="120"/>
        <source>The database is damaged and cannot be backed up ({detail}). Nothing was written. Run “kuntasome check” for details.</source>
        <translation>Databasen är skadad och kan inte säkerhetskopieras ({detail}). Ingenting skrevs. Kör ”kuntasome check” för mer information.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="160"/>
        <location filename="../src/kuntasome/core/archive/backup.py" line="221"/>
        <source>{folder} holds no KuntaSome database to back up.</source>
        <translation>I {folder} finns ingen databas från KuntaSome att säkerhetskopiera.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="227"/>
        <source>{path} is a folder. Give the name of a file to write.</source>
        <translation>{path} är en mapp. Ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="273"/>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>Säkerhetskopian kunde inte skrivas till {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="178"/>
        <source>Unknown record type {key} (choose from {keys}).</source>
        <translation>Okänd handlingstyp {key} (välj bland {keys}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="184"/>
        <source>A retention period is 1 to 200 years, or 0 for records kept permanently.</source>
        <translation>En förvaringstid är 1–200 år, eller 0 för handlingar som bevaras för alltid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="130"/>
        <source>{name} is not a BagIt bag (a folder, zip or tar with bagit.txt).</source>
        <translation>{name} är inget BagIt-paket (en mapp, zip eller tar med bagit.txt).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="139"/>
        <source>The bag {name} is not intact: {file} has changed (its checksum is not the one in the manifest).</source>
        <translation>Paketet {name} är inte intakt: {file} har ändrats (kontrollsumman stämmer inte med förteckningen).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="144"/>
        <source>The bag {name} is not intact: {file} is missing.</source>
        <translation>Paketet {name} är inte intakt: {file} saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="145"/>
        <source>The bag {name} is not intact: {file} was added (no manifest lists it).</source>
        <translation>Paketet {name} är inte intakt: {file} har lagts till (ingen förteckning tar upp den).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="148"/>
        <source>The bag {name} is not intact: its manifest {file} cannot be read.</source>
        <translation>Paketet {name} är inte intakt: dess förteckning {file} kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="151"/>
        <source>The bag {name} is not intact: its size and file count ({file}) are not those in bag-info.txt.</source>
        <translation>Paketet {name} är inte intakt: dess storlek och antal filer ({file}) stämmer inte med bag-info.txt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/disposal.py" line="271"/>
        <source>Give the decision that approves the disposal (who decided, when, its number).</source>
        <translation>Ange beslutet som godkänner gallringen (vem som beslutade, när, paragraf).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/disposal.py" line="283"/>
        <source>A disposal is approved by a named person: choose who you are in the settings (or give --as).</source>
        <translation>En gallring godkänns av en namngiven person: välj i inställningarna vem du är (eller ange --as).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="72"/>
        <source>The package {name} is not intact: {file} was added (no METS lists it).</source>
        <translation>Paketet {name} är inte intakt: {file} har lagts till (ingen METS tar upp den).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="439"/>
        <source>The package {name} is not intact: {file} cannot be read.</source>
        <translation>Paketet {name} är inte intakt: {file} kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="454"/>
        <source>The package {name} is not intact: {file} is missing.</source>
        <translation>Paketet {name} är inte intakt: {file} saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="464"/>
        <source>The package {name} is not intact: {file} has changed (its checksum is not the one in the METS).</source>
        <translation>Paketet {name} är inte intakt: {file} har ändrats (kontrollsumman stämmer inte med METS).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="140"/>
        <source>Give the name of the file to write.</source>
        <translation>Ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="143"/>
        <source>The file name is too long (at most 255 bytes).</source>
        <translation>Filnamnet är för långt (högst 255 byte).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="149"/>
        <location filename="../src/kuntasome/core/files.py" line="195"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Filen {path} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="159"/>
        <source>{path} is a link. Give the file itself; nothing was written.</source>
        <translation>{path} är en länk. Ange själva filen; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="166"/>
        <source>{path} is a folder. Give a file name in it.</source>
        <translation>{path} är en mapp. Ange ett filnamn i den.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="170"/>
        <source>{path} is not an ordinary file (a device or a pipe); nothing was written.</source>
        <translation>{path} är ingen vanlig fil (utan en enhet eller en pipe); ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="179"/>
        <source>The folder {folder} does not exist. Create it first, or choose another.</source>
        <translation>Mappen {folder} finns inte. Skapa den först eller välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/plausible.py" line="33"/>
        <source>The file has a day no export holds: {day} (the days run from {first} to {last}). Nothing was imported: check that it is the file the service gave.</source>
        <translation>Filen har en dag som ingen export kan ha: {day} (dagarna ligger mellan {first} och {last}). Ingenting importerades: kontrollera att det är filen som tjänsten gav.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/limits.py" line="31"/>
        <source>The file has an impossible value: {metric} {value} ({where}). A count of views, reach or followers is never negative, and no count is infinite or above a trillion. Nothing was imported.</source>
        <extracomment>A day&apos;s figure that may be below zero: what people take back.</extracomment>
        <translation>Filen har ett omöjligt värde: {metric} {value} ({where}). Antalet visningar, räckvidden eller antalet följare kan aldrig vara negativt, och inget antal kan vara oändligt eller över en biljon. Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="81"/>
        <source>Paste picture</source>
        <translation>Klistra in bild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="82"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Klistra in en skärmdump från urklipp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="83"/>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="84"/>
        <source>Capture region…</source>
        <translation>Ta skärmbild av ett område…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="86"/>
        <source>The window steps aside; drag over the part of the screen to keep</source>
        <translation>Fönstret flyttar undan; dra över den del av skärmen som ska sparas</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="88"/>
        <source>Capture screen</source>
        <translation>Fånga skärmen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="89"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="91"/>
        <source>Take the screenshot before removing the comment. Drop picture files here.</source>
        <translation>Ta skärmdumpen innan kommentaren tas bort. Du kan släppa bildfiler här.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="93"/>
        <source>Evidence pictures</source>
        <translation>Bevisbilder</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="131"/>
        <source>The clipboard holds no picture. Take a screenshot first.</source>
        <translation>Urklipp innehåller ingen bild. Ta en skärmdump först.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="136"/>
        <source>Add evidence picture</source>
        <translation>Lägg till bevisbild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="138"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="47"/>
        <source>Moderation evidence</source>
        <translation>Bevis vid moderering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="58"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="59"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="60"/>
        <source>Captured at</source>
        <translation>Fångad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="61"/>
        <source>Captured by</source>
        <translation>Fångad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="62"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="63"/>
        <source>Original file</source>
        <translation>Originalfil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="64"/>
        <source>SHA-256 of the original</source>
        <translation>Originalets SHA-256</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="68"/>
        <source>Screenshot of a message on {channel}, captured {when}.</source>
        <translation>Skärmbild av ett meddelande i kanalen {channel}, sparad {when}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="34"/>
        <source>Export the moderation log</source>
        <translation>Exportera modereringsloggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="35"/>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="36"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="37"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="38"/>
        <source>PDF/A for the archive</source>
        <translation>PDF/A för arkivet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="39"/>
        <source>CSV for Excel</source>
        <translation>CSV för Excel</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="57"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="58"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="61"/>
        <source>Comments that promise an answer (answered, acknowledged, forwarded): how many were answered by the deadline, and the median time from the comment to the answer.</source>
        <translation>Kommentarer som utlovar ett svar (besvarade, kvitterade, vidarebefordrade): hur många som besvarades i tid, och mediantiden från kommentar till svar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="68"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="69"/>
        <source>Handled</source>
        <translation>Hanterade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="70"/>
        <source>Need an answer</source>
        <translation>Kräver svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="71"/>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="72"/>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="73"/>
        <source>Late</source>
        <translation>För sent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="74"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="75"/>
        <source>Overdue</source>
        <translation>Tiden överskriden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="76"/>
        <source>Median (hours)</source>
        <translation>Median (timmar)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="90"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="138"/>
        <source>Getting started</source>
        <extracomment>Where each card leads, in card order: &quot;section:list&quot; (see MainWindow.open_list).</extracomment>
        <translation>Så kommer du i gång</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="140"/>
        <source>Add the organisation&apos;s channels to the register.</source>
        <translation>Lägg in organisationens kanaler i kanalregistret.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="142"/>
        <source>Or import the channel inventory you already keep in a spreadsheet.</source>
        <translation>Eller importera kanalförteckningen om du redan för den i ett kalkylblad.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="145"/>
        <source>Add the team to People: who owns, administers and moderates the channels.</source>
        <translation>Lägg in teamet under Personer: vem som äger, administrerar och modererar kanalerna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="148"/>
        <source>Say who you are in Settings: approvals and the log record your name.</source>
        <translation>Välj i inställningarna vem du är: godkännanden och logganteckningar sparas med ditt namn.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="152"/>
        <source>Add a channel…</source>
        <translation>Lägg till kanal…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="153"/>
        <source>Import a spreadsheet…</source>
        <translation>Importera kalkylblad…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="154"/>
        <source>Open People</source>
        <translation>Öppna Personer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="155"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="249"/>
        <source>Grant access</source>
        <translation>Bevilja behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="250"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="251"/>
        <source>&amp;Access:</source>
        <translation>&amp;Behörighet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="252"/>
        <source>&amp;Granted on:</source>
        <translation>Bev&amp;iljad:</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="23"/>
        <source>People who have left still have access</source>
        <translation>Personer som slutat har fortfarande behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="24"/>
        <source>Two-factor authentication not in use</source>
        <translation>Tvåstegsverifiering används inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="25"/>
        <source>Fewer than two admins</source>
        <translation>Färre än två administratörer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="26"/>
        <source>Admin access not verified</source>
        <translation>Administratörsbehörigheterna har inte kontrollerats</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="27"/>
        <source>Review overdue</source>
        <translation>Översynen är försenad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="28"/>
        <source>No responsible manager</source>
        <translation>Ingen ansvarsperson</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="29"/>
        <source>Dormant: nothing published in 90 days</source>
        <translation>Vilande: inget publicerat på 90 dagar</translation>
    </message>
</context>
<context>
    <name>HoldsTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="254"/>
        <source>A legal hold keeps records from disposal while a complaint, a court case or an information request needs them: a channel, an account&apos;s comments and blocks, or one entry with every version.</source>
        <translation>Ett gallringsstopp hindrar att handlingar gallras så länge ett klagomål, ett rättsfall eller en begäran om allmän handling kräver dem: en kanal, ett kontos kommentarer och blockeringar, eller en post med alla versioner.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>A channel</source>
        <translation>En kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>An account</source>
        <translation>Ett konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>A moderation entry</source>
        <translation>En modereringsanteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="263"/>
        <source>H&amp;old</source>
        <translation>&amp;Stopp för</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="264"/>
        <source>&amp;Which</source>
        <translation>V&amp;ilken</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="265"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="266"/>
        <source>The account&apos;s name on the service</source>
        <translation>Kontots namn i tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="267"/>
        <source>e.g. the complaint or case number</source>
        <translation>t.ex. klagomålets eller ärendets nummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="268"/>
        <source>&amp;Place hold</source>
        <translation>Inför &amp;gallringsstopp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="269"/>
        <source>&amp;Lift the chosen hold…</source>
        <translation>Häv &amp;det valda stoppet…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Covers</source>
        <translation>Omfattar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Placed</source>
        <translation>Infört</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="272"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="290"/>
        <source>Active</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="290"/>
        <source>Lifted</source>
        <translation>Hävt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="291"/>
        <source>entry {id}</source>
        <translation>post {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="325"/>
        <source>Lift the hold</source>
        <translation>Häv gallringsstoppet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="325"/>
        <source>Why is the hold lifted?</source>
        <translation>Varför hävs gallringsstoppet?</translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="92"/>
        <source>Export to Outlook (.ics)</source>
        <translation>Exportera till Outlook (.ics)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="93"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="94"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="95"/>
        <source>&amp;Language of the texts:</source>
        <translation>Texternas &amp;språk:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="96"/>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanaler:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="119"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="139"/>
        <source>%n post(s) exported.</source>
        <translation>
            <numerusform>%n inlägg exporterat.</numerusform>
            <numerusform>%n inlägg exporterade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="128"/>
        <source>Import a channel spreadsheet</source>
        <translation>Importera en kanalförteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="129"/>
        <source>Choose a file…</source>
        <translation>Välj en fil…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="130"/>
        <source>Which column holds what</source>
        <translation>Vilken kolumn innehåller vad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="131"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="132"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="137"/>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="173"/>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="140"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="141"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="142"/>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="143"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="145"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="155"/>
        <source>Choose a channel spreadsheet</source>
        <translation>Välj en kanalförteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="157"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="175"/>
        <source>column {index}</source>
        <translation>kolumn {index}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="183"/>
        <source>Choose a CSV or Excel file with one row per channel.</source>
        <translation>Välj en CSV- eller Excel-fil med en rad per kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="187"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}: {rows} rader</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="251"/>
        <source>Row {row}: {problem}</source>
        <translation>Rad {row}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="260"/>
        <source>%n row(s) have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n rad har problem. Rätta den i filen (eller välj andra kolumner) och öppna filen igen: ingenting importeras förrän varje rad är rätt.</numerusform>
            <numerusform>%n rader har problem. Rätta dem i filen (eller välj andra kolumner) och öppna filen igen: ingenting importeras förrän varje rad är rätt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="268"/>
        <source>%n channel(s) ready to import.</source>
        <translation>
            <numerusform>%n kanal klar att importeras.</numerusform>
            <numerusform>%n kanaler klara att importeras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="323"/>
        <source>platform</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="324"/>
        <source>address or handle</source>
        <translation>adress eller användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="325"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="326"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="327"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="328"/>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="329"/>
        <source>purpose</source>
        <translation>syfte</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="30"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="31"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="32"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="293"/>
        <source>Mark as leaving</source>
        <translation>Markera som slutande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="297"/>
        <source>Last working day of {person_name}. The offboarding checklist lists every access to remove.</source>
        <translation>Sista arbetsdagen för {person_name}. Checklistan vid avslutad anställning visar alla behörigheter som ska tas bort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="345"/>
        <source>KuntaSome</source>
        <translation>KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="365"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="366"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="367"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="368"/>
        <source>Back&amp;ups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="372"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="349"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="373"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="374"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="350"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="375"/>
        <source>Open &amp;data folder</source>
        <translation>Öppna &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="376"/>
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="377"/>
        <source>&amp;About KuntaSome</source>
        <translation>&amp;Om KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="378"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="354"/>
        <source>Database: {display_name} ({engine})</source>
        <translation>Databas: {display_name} ({engine})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="411"/>
        <source>The overview could not be loaded. The log has the details.</source>
        <translation>Översikten kunde inte läsas in. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="418"/>
        <source>Language changed.</source>
        <translation>Språket har bytts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="453"/>
        <source>About KuntaSome</source>
        <translation>Om KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="456"/>
        <source>&lt;h3&gt;KuntaSome {version}&lt;/h3&gt;&lt;p&gt;Responsible social media for a municipality&apos;s communications team: channel register, posting calendar, moderation log, statistics, reports and archive.&lt;/p&gt;&lt;p&gt;Data folder: {root}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KuntaSome {version}&lt;/h3&gt;&lt;p&gt;Ansvarsfulla sociala medier för kommunens kommunikationsteam: kanalregister, publiceringskalender, modereringslogg, statistik, rapporter och arkivering.&lt;/p&gt;&lt;p&gt;Datamapp: {root}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="69"/>
        <source>Map the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="73"/>
        <source>{file_name} is not a known export. Choose the column with the date and the columns with figures (one value a day). The choice is kept for the next file with the same columns.</source>
        <translation>{file_name} är ingen känd exportfil. Välj kolumnen med datum och kolumnerna med siffror (ett värde per dag). Valet sparas till nästa fil med samma kolumner.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="83"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="84"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="103"/>
        <source>Choose exactly one date column and at least one column of figures.</source>
        <translation>Välj exakt en datumkolumn och minst en kolumn med siffror.</translation>
    </message>
</context>
<context>
    <name>MediaDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="85"/>
        <source>Media: {file_name}</source>
        <translation>Media: {file_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="87"/>
        <source>&amp;Owner / photographer:</source>
        <translation>&amp;Ägare / fotograf:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="88"/>
        <source>&amp;Licence or right of use:</source>
        <translation>&amp;Licens eller nyttjanderätt:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="89"/>
        <source>People pictured:</source>
        <translation>Personer på bilden:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="90"/>
        <source>Consent note:</source>
        <translation>Anteckning om samtycke:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="91"/>
        <source>Captions:</source>
        <translation>Textning:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="92"/>
        <source>Live broadcast:</source>
        <translation>Direktsändning:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="93"/>
        <source>Accessible by:</source>
        <translation>Tillgänglig senast:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="94"/>
        <source>Made accessible on:</source>
        <translation>Tillgängliggjord den:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="98"/>
        <source>Alt text ({name}):</source>
        <translation>Alternativtext ({name}):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="105"/>
        <source>The video has captions</source>
        <translation>Videon är textad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="107"/>
        <source>Recording of a live broadcast (to be made accessible within 14 days)</source>
        <translation>Inspelning av en direktsändning (ska tillgängliggöras inom 14 dagar)</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="36"/>
        <source>image</source>
        <translation>bild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="37"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="38"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
</context>
<context>
    <name>MediaList</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="68"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="69"/>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="70"/>
        <source>Rights and alt texts…</source>
        <translation>Rättigheter och alternativtexter…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="71"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="85"/>
        <source>Add a picture or video</source>
        <translation>Lägg till en bild eller video</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="88"/>
        <source>Pictures and videos (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov *.m4v);;All files (*)</source>
        <translation>Bilder och videor (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov *.m4v);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="38"/>
        <source>followers</source>
        <translation>följare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="39"/>
        <source>new followers</source>
        <translation>nya följare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="40"/>
        <source>unfollows</source>
        <translation>slutat följa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="41"/>
        <source>reach</source>
        <translation>räckvidd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="42"/>
        <source>impressions</source>
        <translation>visningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="43"/>
        <source>engagements</source>
        <translation>engagemang</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="44"/>
        <source>reactions</source>
        <translation>reaktioner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="45"/>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="46"/>
        <source>shares</source>
        <translation>delningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="47"/>
        <source>link clicks</source>
        <translation>länkklick</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="48"/>
        <source>profile visits</source>
        <translation>profilbesök</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="49"/>
        <source>video views</source>
        <translation>videovisningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="50"/>
        <source>posts</source>
        <translation>inlägg</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="41"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="42"/>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="43"/>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="44"/>
        <source>Rumour or disinformation</source>
        <translation>Rykte eller desinformation</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="45"/>
        <source>Inappropriate</source>
        <translation>Olämplig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="48"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="49"/>
        <source>Acknowledged</source>
        <translation>Kvitterad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="50"/>
        <source>Forwarded to the registry</source>
        <translation>Skickad till registraturen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="51"/>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="52"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="53"/>
        <source>User blocked</source>
        <translation>Användaren blockerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="54"/>
        <source>No action</source>
        <translation>Ingen åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="62"/>
        <source>Records management</source>
        <translation>Informationshantering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="66"/>
        <source>Personal data disposed of</source>
        <translation>Personuppgifter gallrade</translation>
    </message>
</context>
<context>
    <name>ModerationExport</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="20"/>
        <source>Entry</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="21"/>
        <source>Corrects entry</source>
        <translation>Rättar anteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="22"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="23"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="24"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="25"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="26"/>
        <source>Posted</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="27"/>
        <source>Seen</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="28"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="29"/>
        <source>Answer due</source>
        <translation>Ska besvaras senast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="30"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="31"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="32"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="33"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="34"/>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="35"/>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="36"/>
        <source>Evidence files</source>
        <translation>Bevisfiler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="37"/>
        <source>Why no evidence</source>
        <translation>Varför bevis saknas</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="231"/>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="232"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="233"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="234"/>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="239"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="426"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="240"/>
        <source>Waiting for an answer</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="241"/>
        <source>Search the log…</source>
        <translation>Sök i loggen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="242"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="394"/>
        <source>Search the log</source>
        <extracomment>What the log, its tabs and the form&apos;s choices show.</extracomment>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="243"/>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="246"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="247"/>
        <source>Blocked accounts</source>
        <translation>Blockerade konton</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="248"/>
        <source>Monitoring</source>
        <translation>Bevakning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="249"/>
        <source>Response times</source>
        <translation>Svarstider</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="250"/>
        <source>Data subject requests</source>
        <translation>Begäran från registrerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="254"/>
        <source>Checked now…</source>
        <translation>Kontrollerat nu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="256"/>
        <source>Record that you looked at the channels&apos; comments and messages</source>
        <translation>Registrera att du gick igenom kanalernas kommentarer och meddelanden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="258"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="503"/>
        <source>Verify the log</source>
        <translation>Kontrollera loggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="260"/>
        <source>Check that no entry or evidence file has been changed since it was saved</source>
        <translation>Kontrollera att ingen anteckning eller bevisfil har ändrats efter att den sparades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="262"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="263"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="402"/>
        <source>The log could not be loaded. The log file has the details.</source>
        <translation>Loggen kunde inte läsas in. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="408"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="412"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="414"/>
        <source>%n match(es) the search</source>
        <translation>
            <numerusform>%n matchar sökningen</numerusform>
            <numerusform>%n matchar sökningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="416"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n väntar på svar</numerusform>
            <numerusform>%n väntar på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="418"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="434"/>
        <source>Entry {entry_id} saved</source>
        <translation>Anteckning {entry_id} sparad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="478"/>
        <source>Verifying the log…</source>
        <translation>Kontrollerar loggen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="484"/>
        <source>{entries} entries and {evidence_files} evidence files checked.</source>
        <translation>Kontrollerade anteckningar: {entries}, bevisfiler: {evidence_files}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="492"/>
        <source>The log is intact</source>
        <translation>Loggen är intakt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="493"/>
        <source>Nothing has been changed.</source>
        <translation>Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="498"/>
        <source>The log has been tampered with</source>
        <translation>Loggen har manipulerats</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="520"/>
        <source>moderation-log-{first}-{last}</source>
        <translation>modereringslogg-{first}-{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="525"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="525"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="549"/>
        <source>Exporting the moderation log…</source>
        <translation>Exporterar modereringsloggen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="556"/>
        <source>Saved {name}</source>
        <translation>Sparad {name}</translation>
    </message>
</context>
<context>
    <name>ModerationPdf</name>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="39"/>
        <source>corrects entry {corrects_id}</source>
        <translation>rättar anteckning {corrects_id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="17"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="18"/>
        <source>Seen</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="19"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="20"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="21"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="22"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="23"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="24"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="25"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="26"/>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="27"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="57"/>
        <source>Moderation log {first}–{last}</source>
        <translation>Modereringslogg {first}–{last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="88"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="91"/>
        <source>No entries in this period.</source>
        <translation>Inga anteckningar under perioden.</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="144"/>
        <source>Moderation settings</source>
        <translation>Inställningar för moderering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="145"/>
        <source>Deadlines and monitoring</source>
        <translation>Tidsfrister och bevakning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="146"/>
        <source>Retention of personal data (years)</source>
        <translation>Förvaringstid för personuppgifter (år)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="147"/>
        <source>Reasons for hiding or removing a comment</source>
        <translation>Skäl för att dölja eller ta bort en kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="150"/>
        <source>the same working day</source>
        <translation>samma arbetsdag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="151"/>
        <source>by the next working day</source>
        <translation>senast följande arbetsdag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="152"/>
        <source>within two working days</source>
        <translation>inom två arbetsdagar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="157"/>
        <source>Answer &amp;due</source>
        <translation>&amp;Svar senast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="158"/>
        <source>Office &amp;opens</source>
        <translation>Tjänstetiden &amp;börjar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="159"/>
        <source>Office &amp;closes</source>
        <translation>Tjänstetiden sl&amp;utar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="160"/>
        <source>Check-&amp;ins per working day</source>
        <translation>&amp;Kontroller per arbetsdag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="161"/>
        <source>&amp;Removals with evidence</source>
        <translation>Borttagningar med be&amp;vis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="162"/>
        <source>&amp;Blocks</source>
        <translation>B&amp;lockeringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="163"/>
        <source>Other &amp;entries</source>
        <translation>&amp;Övriga anteckningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>Finnish</source>
        <translation>på finska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>Swedish</source>
        <translation>på svenska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>English</source>
        <translation>på engelska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="171"/>
        <source>Add a reason</source>
        <translation>Lägg till ett skäl</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="109"/>
        <source>Check-ins per channel and working day; shaded days have fewer than {target}.</source>
        <translation>Kontroller per kanal och arbetsdag; skuggade dagar har färre än {target}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="127"/>
        <source>A check is due now.</source>
        <translation>Det är dags för en kontroll nu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="130"/>
        <source>Next check due {when}.</source>
        <translation>Nästa kontroll senast {when}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="136"/>
        <source>Last check-in {when}.</source>
        <translation>Senaste kontroll {when}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="163"/>
        <source>{count} of {target} check-ins</source>
        <translation>{count} av {target} kontroller</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="188"/>
        <source>Check-in recorded for %n channel(s)</source>
        <translation>
            <numerusform>Kontroll registrerad för %n kanal</numerusform>
            <numerusform>Kontroll registrerad för %n kanaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/month_view.py" line="44"/>
        <source>Month calendar</source>
        <translation>Månadskalender</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/month_view.py" line="146"/>
        <source>Wk</source>
        <translation>V.</translation>
    </message>
</context>
<context>
    <name>NewChannelDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="83"/>
        <source>Add a channel</source>
        <translation>Lägg till en kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="87"/>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="88"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="90"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="91"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="98"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="108"/>
        <source>For example: {example}</source>
        <translation>Till exempel: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="118"/>
        <source>Will be saved as {url}</source>
        <translation>Sparas som {url}</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="144"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="145"/>
        <source>Access</source>
        <translation>Behörighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="146"/>
        <source>Granted on</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="147"/>
        <source>Revoked</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="149"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="149"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="150"/>
        <source>responsible manager</source>
        <translation>ansvarig chef</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="21"/>
        <source>Offboarding checklist</source>
        <translation>Checklista för den som slutar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="25"/>
        <source> – leaves on {left_on}</source>
        <translation> – slutar {left_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="51"/>
        <source>Remove each access on the platform and tick it in KuntaSome: the date goes to the register and the audit log. Give each channel this person manages a new responsible manager.</source>
        <translation>Ta bort varje behörighet i tjänsten och bocka av den i KuntaSome: datumet sparas i registret och i händelseloggen. Utse en ny ansvarsperson för varje kanal som personen ansvarar för.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="59"/>
        <source>This person has no access to any channel.</source>
        <translation>Personen har ingen behörighet till någon kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="61"/>
        <source>Checked by (name and date)</source>
        <translation>Kontrollerad av (namn och datum)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="62"/>
        <source>Supervisor (name and date)</source>
        <translation>Chef (namn och datum)</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="72"/>
        <source>Offboarding checklist</source>
        <translation>Checklista vid avslutad anställning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="75"/>
        <source> – leaves on {left_on}</source>
        <translation> – slutar {left_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="82"/>
        <source>Remove each access on the platform, then tick it here: the date goes to the register and the audit log. Ticked items cannot be unticked.</source>
        <translation>Ta bort varje behörighet i tjänsten och bocka sedan av den här: datumet sparas i registret och händelseloggen. En bock kan inte tas bort i efterhand.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="86"/>
        <source>Responsible manager of – choose a new one</source>
        <translation>Ansvarig chef för dessa kanaler – välj en ny</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="87"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="111"/>
        <source>{done} of {items} removed</source>
        <translation>{done} av {items} borttagna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="113"/>
        <source>This person has no access to any channel.</source>
        <translation>Personen har inga behörigheter till kanaler.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="150"/>
        <source>PDF/A to print (*.pdf);;CSV for Excel (*.csv)</source>
        <translation>PDF/A för utskrift (*.pdf);;CSV för Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="47"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="49"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="50"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="51"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="52"/>
        <source>Left on</source>
        <translation>Slutat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="134"/>
        <source>Show people who have left</source>
        <translation>Visa även de som har slutat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="136"/>
        <source>Add a person</source>
        <translation>Lägg till en person</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="138"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="139"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="140"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="141"/>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="142"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="143"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="144"/>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="145"/>
        <source>Left on:</source>
        <translation>Slutat:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="149"/>
        <source>e.g. Terveisin Sari, viestintä</source>
        <translation>t.ex. Hälsningar Sara, kommunikationen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="152"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="153"/>
        <source>Mark as leaving…</source>
        <translation>Markera som slutande…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="154"/>
        <source>Offboarding checklist</source>
        <translation>Checklista vid avslutad anställning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="203"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="242"/>
        <source>Person not saved</source>
        <translation>Personen sparades inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="263"/>
        <source>Mark as leaving</source>
        <translation>Markera som slutande</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="23"/>
        <source>communicator</source>
        <translation>kommunikatör</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="24"/>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="25"/>
        <source>approver</source>
        <translation>godkännare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="26"/>
        <source>manager</source>
        <translation>ansvarig chef</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="55"/>
        <source>Record type</source>
        <translation>Handlingstyp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="56"/>
        <source>Code in the records plan</source>
        <translation>Klassificeringskod</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="57"/>
        <source>Kept (years)</source>
        <translation>Bevaras (år)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="58"/>
        <source>Publicity</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="63"/>
        <source>The codes are your organisation&apos;s own, from its records plan (tiedonohjaussuunnitelma / informationsstyrningsplan). Every snapshot carries them with the retention periods. Point at a record type to see why it is kept that long.</source>
        <translation>Koderna är organisationens egna, ur dess informationsstyrningsplan. Varje arkivpaket får dem tillsammans med förvaringstiderna. Håll pekaren över en handlingstyp för att se varför den bevaras så länge.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="69"/>
        <source>Save the records plan</source>
        <translation>Spara informationsstyrningsplanen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="78"/>
        <source>permanently</source>
        <translation>för alltid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="79"/>
        <source>Retention in years: {record}</source>
        <translation>Förvaringstid i år: {record}</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="231"/>
        <source>New post</source>
        <translation>Nytt inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="231"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="233"/>
        <source>&amp;Title (internal):</source>
        <translation>&amp;Rubrik (intern):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="234"/>
        <source>Campaign:</source>
        <translation>Kampanj:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="235"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="236"/>
        <source>Use:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="237"/>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="241"/>
        <source>New campaign…</source>
        <translation>Ny kampanj…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="242"/>
        <source>Crisis communication</source>
        <translation>Kriskommunikation</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="243"/>
        <source>Paid (sponsored), budget:</source>
        <translation>Betald (sponsrad), budget:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="246"/>
        <source>Channels and times</source>
        <translation>Kanaler och tider</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Published at</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="250"/>
        <source>Add channel</source>
        <translation>Lägg till kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="251"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="252"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="253"/>
        <source>Copy text</source>
        <translation>Kopiera texten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="254"/>
        <source>Copy the text in the channel&apos;s languages</source>
        <translation>Kopiera texten på kanalens språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="255"/>
        <source>Open the service</source>
        <translation>Öppna tjänsten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="256"/>
        <source>Mark published…</source>
        <translation>Markera som publicerat…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="294"/>
        <source>What the post says changed, so it went back for approval.</source>
        <translation>Inläggets innehåll ändrades, så det gick tillbaka för godkännande.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="327"/>
        <source>Name of the campaign:</source>
        <translation>Kampanjens namn:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="346"/>
        <source>To draft</source>
        <translation>Till utkast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="347"/>
        <source>Back to ideas</source>
        <translation>Tillbaka till idéer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="348"/>
        <source>Send for approval</source>
        <translation>Skicka för godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="349"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="351"/>
        <source>Unschedule</source>
        <translation>Ta bort schemaläggningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="352"/>
        <source>Schedule</source>
        <translation>Schemalägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="353"/>
        <source>Cancel the post…</source>
        <translation>Stryk inlägget…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="363"/>
        <source>Approve…</source>
        <translation>Godkänn…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="366"/>
        <source>Only a person with the approver role approves: choose who you are first (also in Settings › You are).</source>
        <translation>Bara en person med rollen godkännare kan godkänna. Välj först vem du är (även under Inställningar › Du är).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="375"/>
        <source>Only a person with the approver role approves, and you do not have it. Roles are given in Channels › People.</source>
        <translation>Bara en person med rollen godkännare kan godkänna, och du har den inte. Roller ges under Kanaler › Personer.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/approver.py" line="26"/>
        <source>Nobody has the approver role yet. Roles are given in Channels › People.</source>
        <translation>Ingen har rollen godkännare ännu. Roller ges under Kanaler › Personer.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/approver.py" line="35"/>
        <source>Who are you? Only an approver approves.</source>
        <translation>Vem är du? Bara en godkännare kan godkänna inlägget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="397"/>
        <source>Why is the post cancelled?</source>
        <translation>Varför ställs inlägget in?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="544"/>
        <source>Length as each service counts it: {parts}</source>
        <translation>Längd så som varje tjänst räknar: {parts}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="559"/>
        <source>Save the changes to this post?</source>
        <translation>Spara ändringarna i inlägget?</translation>
    </message>
</context>
<context>
    <name>PostStatus</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="42"/>
        <source>idea</source>
        <translation>idé</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="43"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="44"/>
        <source>in review</source>
        <translation>för godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="45"/>
        <source>approved</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="46"/>
        <source>scheduled</source>
        <translation>schemalagt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="47"/>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="48"/>
        <source>cancelled</source>
        <translation>struket</translation>
    </message>
</context>
<context>
    <name>PublicList</name>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="35"/>
        <source>Official social media channels of {organisation}</source>
        <translation>Officiella kanaler i sociala medier – {organisation}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="36"/>
        <source>These are the official accounts of {organisation}. Other accounts that use our name are not maintained by us. List updated on {date}.</source>
        <translation>Det här är de officiella kontona för {organisation}. Andra konton som använder vårt namn upprätthålls inte av oss. Förteckningen uppdaterades {date}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="42"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="43"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="44"/>
        <source>Maintained by</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="45"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="46"/>
        <source>What we post there</source>
        <translation>Vad vi publicerar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="48"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
</context>
<context>
    <name>PublicListDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="73"/>
        <source>Public channel list</source>
        <translation>Offentlig kanalförteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="74"/>
        <source>&amp;Language of the list:</source>
        <translation>Förteckningens &amp;språk:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="75"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="80"/>
        <source>HTML for the website</source>
        <translation>HTML för webbplatsen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="81"/>
        <source>CSV for Excel</source>
        <translation>CSV för Excel</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="101"/>
        <source>%n channel(s) marked public and in use (active or dormant). Mark a channel public in its details.</source>
        <translation>
            <numerusform>%n kanal är markerad som offentlig och i bruk eller vilande. En kanal markeras som offentlig i dess uppgifter.</numerusform>
            <numerusform>%n kanaler är markerade som offentliga och i bruk eller vilande. En kanal markeras som offentlig i dess uppgifter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="112"/>
        <source>Web page fragment (*.html)</source>
        <translation>Del av webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="112"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="113"/>
        <source>Save the list</source>
        <translation>Spara förteckningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="120"/>
        <source>Saved {target}.</source>
        <translation>Sparad: {target}.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="62"/>
        <source>Mark published</source>
        <translation>Markera som publicerat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="63"/>
        <source>&amp;Address of the post:</source>
        <translation>Inläggets &amp;adress:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="65"/>
        <source>&amp;Published at:</source>
        <translation>&amp;Publicerat:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="25"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="27"/>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
</context>
<context>
    <name>RecordsPlan</name>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="40"/>
        <source>Channel record</source>
        <translation>Kanaluppgifter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="42"/>
        <source>The register of the organisation&apos;s channels is kept permanently.</source>
        <translation>Registret över organisationens kanaler bevaras för alltid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="50"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="52"/>
        <source>Published communication of the organisation.</source>
        <translation>Kommunikation som organisationen har publicerat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="58"/>
        <source>Moderation entry</source>
        <translation>Modereringspost</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="60"/>
        <source>Dialogue with the public; removals are kept with their evidence.</source>
        <translation>Dialog med allmänheten; borttagningar bevaras med sina bevis.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="68"/>
        <source>Evidence of a removal</source>
        <translation>Bevis på en borttagning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="70"/>
        <source>Evidence of a removal, for complaints and legal proceedings.</source>
        <translation>Bevis på en borttagning, för klagomål och rättsliga förfaranden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="78"/>
        <source>Blocked account</source>
        <translation>Blockerat konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="80"/>
        <source>A decision restricting a person&apos;s access to a channel.</source>
        <translation>Ett beslut som begränsar en persons tillgång till en kanal.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="86"/>
        <source>Monitoring check-in</source>
        <translation>Bevakningskontroll</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="88"/>
        <source>Shows that the channels were followed.</source>
        <translation>Visar att kanalerna bevakades.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="94"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="96"/>
        <source>Figures for planning and reporting.</source>
        <translation>Siffror för planering och rapportering.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="102"/>
        <source>Management report</source>
        <translation>Rapport till ledningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="104"/>
        <source>Reports to management are kept permanently.</source>
        <translation>Rapporter till ledningen bevaras för alltid.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="110"/>
        <source>Audit entry</source>
        <translation>Post i händelseloggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="112"/>
        <source>Who did what: the trail of every record above.</source>
        <translation>Vem som gjorde vad: spårbarheten för alla handlingar ovan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="120"/>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="124"/>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="121"/>
        <source>Partly secret</source>
        <translation>Delvis sekretessbelagd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="125"/>
        <source>Partly secret (personal data of private persons)</source>
        <translation>Delvis sekretessbelagd (privatpersoners personuppgifter)</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/capture.py" line="58"/>
        <source>Drag over the part of the screen to keep; Esc cancels</source>
        <translation>Dra över den del av skärmen som ska sparas; Esc avbryter</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="38"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="39"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="40"/>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="42"/>
        <source>Needs attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="43"/>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="44"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="45"/>
        <source>Responsible manager</source>
        <translation>Ansvarig chef</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="46"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="139"/>
        <source>Search by name, handle, unit or person with access…</source>
        <extracomment>Each column&apos;s usual width; wider where its header needs it (a language&apos;s words).</extracomment>
        <translation>Sök på namn, användarnamn, enhet eller person med behörighet…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="141"/>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="142"/>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="178"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="143"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="146"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="150"/>
        <source>Review due</source>
        <translation>Granskning aktuell</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="152"/>
        <source>Channels in use whose review is overdue, due within 30 days, or never done</source>
        <translation>Kanaler i bruk vars granskning är försenad, ska göras inom 30 dagar eller aldrig har gjorts</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="154"/>
        <source>Needs attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="157"/>
        <source>Too few admins, unverified admin access, access held by someone who has left, no responsible manager, or no two-factor authentication</source>
        <translation>För få administratörer, okontrollerad administratörsbehörighet, behörighet hos någon som har slutat, ingen ansvarig chef eller ingen tvåstegsverifiering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="161"/>
        <source>Add a channel…</source>
        <translation>Lägg till en kanal…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="162"/>
        <source>Import a spreadsheet…</source>
        <translation>Importera kalkylblad…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="163"/>
        <source>Public channel list…</source>
        <translation>Offentlig kanalförteckning…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="217"/>
        <source>{rows} of {all_rows} channels</source>
        <translation>{rows} av {all_rows} kanaler</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="28"/>
        <source>%n post(s) due within the hour.</source>
        <translation>
            <numerusform>%n inlägg inom en timme.</numerusform>
            <numerusform>%n inlägg inom en timme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="36"/>
        <source>%n post(s) waiting for approval.</source>
        <translation>
            <numerusform>%n inlägg väntar på godkännande.</numerusform>
            <numerusform>%n inlägg väntar på godkännande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="44"/>
        <source>%n scheduled post(s) not marked published.</source>
        <translation>
            <numerusform>%n schemalagt inlägg är inte markerat som publicerat.</numerusform>
            <numerusform>%n schemalagda inlägg är inte markerade som publicerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="53"/>
        <source>%n comment(s) past the answer deadline.</source>
        <translation>
            <numerusform>%n kommentar har passerat svarstiden.</numerusform>
            <numerusform>%n kommentarer har passerat svarstiden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="59"/>
        <source>Time to check the channels&apos; comments and messages.</source>
        <translation>Dags att kontrollera kanalernas kommentarer och meddelanden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="67"/>
        <source>A management report is due: {period}.</source>
        <translation>Det är dags för en rapport till ledningen: {period}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="77"/>
        <source>The archive snapshot of {period} is due.</source>
        <translation>Arkivpaketet för {period} ska skapas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="87"/>
        <source>A closed channel needs its final archive snapshot: {channels}.</source>
        <translation>En stängd kanal behöver sitt sista arkivpaket: {channels}.</translation>
    </message>
</context>
<context>
    <name>ReportRuns</name>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="56"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="57"/>
        <source>Use these choices</source>
        <translation>Använd dessa val</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="60"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="61"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="62"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="63"/>
        <source>Author</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="64"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="65"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="106"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="109"/>
        <source>The file {name} is not where it was saved, or it has changed since. Make the report again with these choices.</source>
        <translation>Filen {name} finns inte längre där den sparades eller har ändrats sedan dess. Gör rapporten på nytt med dessa val.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="14"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="15"/>
        <source>quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="16"/>
        <source>half-year</source>
        <translation>halvår</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="17"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="18"/>
        <source>custom period</source>
        <translation>valfri period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="25"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="26"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="27"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="27"/>
        <source>quarter {number}/{year}</source>
        <translation>kvartal {number} {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="29"/>
        <source>half-year {number}/{year}</source>
        <translation>halvår {number} {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="32"/>
        <source>year {year}</source>
        <translation>år {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="61"/>
        <source>pp</source>
        <translation>%-enh.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="108"/>
        <source>Followers at the end of the period</source>
        <translation>Följare i slutet av perioden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="109"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="178"/>
        <source>Reach</source>
        <translation>Räckvidd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="110"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="180"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="195"/>
        <source>Engagements</source>
        <translation>Interaktioner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="111"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="181"/>
        <source>Engagement rate</source>
        <translation>Interaktionsgrad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="112"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="182"/>
        <source>Posts published</source>
        <translation>Publicerade inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="113"/>
        <source>Comments and messages handled</source>
        <translation>Hanterade kommentarer och meddelanden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="115"/>
        <source>Answered within the deadline</source>
        <translation>Besvarade inom tidsfristen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="119"/>
        <source>Median response time</source>
        <translation>Svarstidens median</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="122"/>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="123"/>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="124"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="125"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="127"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="126"/>
        <source>A year earlier</source>
        <translation>Året innan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="131"/>
        <source>Compared with the previous period of the same length ({previous}) and the same period a year earlier ({year}). Statistics come from the files the platforms export; a dash means there is no figure for that period.</source>
        <translation>Jämförelserna gäller föregående period av samma längd ({previous}) och samma period året innan ({year}). Statistiken bygger på filer som exporterats från tjänsterna; ett streck betyder att det saknas uppgift för perioden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="151"/>
        <source>Change in reach is against the previous period.</source>
        <translation>Förändringen i räckvidd jämförs med föregående period.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="153"/>
        <source>Change in reach is against the same period a year earlier.</source>
        <translation>Förändringen i räckvidd jämförs med samma period året innan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="175"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="193"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="244"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="341"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="423"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="176"/>
        <source>Followers</source>
        <translation>Följare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="177"/>
        <source>Change in followers</source>
        <translation>Förändring i följare</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="179"/>
        <source>Change in reach</source>
        <translation>Förändring i räckvidd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="183"/>
        <source>Posting target</source>
        <translation>Publiceringsmål</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="188"/>
        <source>The posting target is the channel&apos;s weekly minimum over the period&apos;s weeks.</source>
        <translation>Publiceringsmålet är kanalens minimiantal per vecka räknat över periodens veckor.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="192"/>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="194"/>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="207"/>
        <source>Followers over the period</source>
        <translation>Följare under perioden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="208"/>
        <source>Reach and engagements per channel</source>
        <translation>Räckvidd och interaktioner per kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="237"/>
        <source>{share} of the posts published carried every language their channel requires.</source>
        <translation>Av de publicerade inläggen fanns {share} på alla språk som kanalen kräver.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="245"/>
        <source>Required languages</source>
        <translation>Språk som krävs</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="246"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="406"/>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="247"/>
        <source>In every language</source>
        <translation>På alla språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="248"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="271"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="285"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="292"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="299"/>
        <source>Removal reason</source>
        <translation>Skäl för borttagning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="306"/>
        <source>Screenshots kept as evidence</source>
        <translation>Skärmbilder sparade som bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="307"/>
        <source>Users blocked in the period</source>
        <translation>Användare som blockerats under perioden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="308"/>
        <source>Blocks in force at the end</source>
        <translation>Blockeringar i kraft vid periodens slut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="313"/>
        <source>Monitoring target</source>
        <translation>Mål för bevakningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="315"/>
        <source>{count} check-ins a working day on each channel</source>
        <translation>{count} kontroller per arbetsdag i varje kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="319"/>
        <source>Check-ins made</source>
        <translation>Gjorda kontroller</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="321"/>
        <source>Working days with a gap</source>
        <translation>Arbetsdagar med lucka i bevakningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="323"/>
        <source>{days} of {all}</source>
        <translation>{days} av {all}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="331"/>
        <source>{answered} of {needing} comments that needed an answer were answered within the deadline; the median response time was {median}.</source>
        <translation>Av {needing} kommentarer som krävde svar besvarades {answered} inom tidsfristen; svarstidens median var {median}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="342"/>
        <source>Handled</source>
        <translation>Hanterade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="343"/>
        <source>Needed an answer</source>
        <translation>Krävde svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="344"/>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="345"/>
        <source>Late</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="346"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="347"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="348"/>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="351"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="369"/>
        <source>{healthy} of {channels} channels in use have nothing to fix on {day}. The score is their share; each reason below names the channels it concerns.</source>
        <translation>Av {channels} kanaler i bruk var {healthy} i ordning {day}. Poängen är deras andel; vid varje skäl anges de kanaler det gäller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="379"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="380"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="444"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="381"/>
        <source>Which</source>
        <translation>Vilka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="391"/>
        <source>Nothing to fix: every channel in use is in order.</source>
        <translation>Inget att åtgärda: alla kanaler i bruk är i ordning.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="398"/>
        <source>Video without captions</source>
        <translation>Video utan textning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="399"/>
        <source>Live recording not made accessible in 14 days</source>
        <translation>Inspelning av livesändning har inte gjorts tillgänglig inom 14 dagar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="403"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="404"/>
        <source>Duty</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="405"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="412"/>
        <source>No open duties: every video had captions and every recording was done.</source>
        <translation>Inga öppna krav: alla videor var textade och alla inspelningar hade gjorts tillgängliga.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="424"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="425"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="426"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="427"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="443"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="445"/>
        <source>Language coverage</source>
        <translation>Språkversioner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="446"/>
        <source>Dialogue and moderation</source>
        <translation>Dialog och moderering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="447"/>
        <source>Register health</source>
        <translation>Kanalregistrets skick</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="448"/>
        <source>Accessibility duties</source>
        <translation>Tillgänglighetskrav</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="449"/>
        <source>Appendix: the channel list</source>
        <translation>Bilaga: kanalförteckning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="461"/>
        <source>Social media report</source>
        <translation>Rapport om sociala medier</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="479"/>
        <source>The logo of {organisation}</source>
        <translation>Logotypen för {organisation}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="483"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="484"/>
        <source>Author</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="485"/>
        <source>Made on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="491"/>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="492"/>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="493"/>
        <source>Top posts</source>
        <translation>Populäraste inläggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="494"/>
        <source>Register health score</source>
        <translation>Registrets poäng</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="495"/>
        <source>Moderation in figures</source>
        <translation>Moderering i siffror</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="496"/>
        <source>Evidence, blocks and monitoring</source>
        <translation>Bevis, blockeringar och bevakning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="497"/>
        <source>Nothing in this period.</source>
        <translation>Inga uppgifter för perioden.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="362"/>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="380"/>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="473"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="253"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="254"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="255"/>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="256"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="257"/>
        <source>Custom dates</source>
        <translation>Valfria datum</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="261"/>
        <source>The previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="262"/>
        <source>The same period a year earlier</source>
        <translation>Samma period året innan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>No reminder</source>
        <translation>Ingen påminnelse</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>Every quarter</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="272"/>
        <source>P&amp;eriod length</source>
        <translation>Periodens &amp;längd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="273"/>
        <source>&amp;Period</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="274"/>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="275"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="276"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="277"/>
        <source>Channels &amp;compared with</source>
        <translation>Kanalerna &amp;jämförs med</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="278"/>
        <source>&amp;Sections</source>
        <translation>Avs&amp;nitt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="279"/>
        <source>C&amp;ommentary (optional, printed after the summary)</source>
        <translation>&amp;Kommentar (frivillig, skrivs ut efter sammanfattningen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="280"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Påminn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="284"/>
        <source>What the figures mean, what went well and what comes next.</source>
        <translation>Vad siffrorna betyder, vad som gick bra och vad som kommer härnäst.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="286"/>
        <source>Prev&amp;iew</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="287"/>
        <source>Make &amp;report…</source>
        <translation>&amp;Gör rapport…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="288"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="289"/>
        <source>Reports made</source>
        <translation>Gjorda rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="290"/>
        <source>Logo on the cover…</source>
        <translation>Logotyp på pärmen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="291"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="294"/>
        <source>Choose the period and press Preview to see the pages here.</source>
        <translation>Välj period och tryck på Förhandsgranska så visas sidorna här.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="388"/>
        <source>Choose at least one section.</source>
        <translation>Välj minst ett avsnitt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="396"/>
        <source>The commentary is longer than {count} characters.</source>
        <translation>Kommentaren är längre än {count} tecken.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="447"/>
        <source>Typesetting the pages…</source>
        <translation>Sidorna sätts…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="465"/>
        <source>Page {number}</source>
        <translation>Sida {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="467"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="476"/>
        <source>social-media-report-{period}</source>
        <translation>rapport-sociala-medier-{period}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="484"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="496"/>
        <source>Making the report…</source>
        <translation>Rapporten görs…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="508"/>
        <source>The report was not made.</source>
        <translation>Rapporten gjordes inte.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="511"/>
        <source>The report was not made</source>
        <translation>Rapporten gjordes inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="515"/>
        <source>Saved {name}</source>
        <translation>Sparad {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="523"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="536"/>
        <source>The logo was not saved</source>
        <translation>Logotypen sparades inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="554"/>
        <source>The reminder was not saved</source>
        <translation>Påminnelsen sparades inte</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="133"/>
        <source>Request a new channel</source>
        <translation>Ansökan om ny kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="136"/>
        <source>A new channel is a commitment for years. Answer the questions below; the responsible manager approves or rejects the request.</source>
        <translation>En ny kanal är ett åtagande för flera år. Svara på frågorna nedan; den ansvariga chefen godkänner eller avslår ansökan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="140"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="144"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="147"/>
        <source>Hours a week:</source>
        <translation>Timmar i veckan:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="148"/>
        <source>How does it complement the website?</source>
        <translation>Hur kompletterar kanalen webbplatsen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="149"/>
        <source>Ready before opening:</source>
        <translation>Klart före start:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="150"/>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="151"/>
        <source>Description of the channel</source>
        <translation>Beskrivning av kanalen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="152"/>
        <source>Page rules (moderation policy)</source>
        <translation>Sidans regler (modereringspolicy)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="153"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="154"/>
        <source>Send the request</source>
        <translation>Skicka ansökan</translation>
    </message>
</context>
<context>
    <name>RequestQuestion</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="28"/>
        <source>Name of the channel</source>
        <translation>Kanalens namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="29"/>
        <source>Why is the channel needed?</source>
        <translation>Varför behövs kanalen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="30"/>
        <source>Whom should it reach?</source>
        <translation>Vilka ska kanalen nå?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="31"/>
        <source>What will be published, and how often?</source>
        <translation>Vad ska publiceras och hur ofta?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="32"/>
        <source>What should change because of it?</source>
        <translation>Vad vill man åstadkomma med kanalen?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="33"/>
        <source>Who maintains it, and with how many hours?</source>
        <translation>Vem sköter kanalen och med hur mycket arbetstid?</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="90"/>
        <source>waiting for decision</source>
        <translation>väntar på beslut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="91"/>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="92"/>
        <source>rejected</source>
        <translation>avslagen</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="26"/>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="33"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="27"/>
        <source>Proposed name</source>
        <translation>Föreslaget namn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="28"/>
        <source>Requested by</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="29"/>
        <source>Requested on</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="34"/>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="35"/>
        <source>Review due</source>
        <translation>Granskas senast</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="36"/>
        <source>Situation</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="94"/>
        <source>New-channel requests</source>
        <translation>Ansökningar om nya kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="98"/>
        <source>Request a new channel…</source>
        <translation>Ansök om ny kanal…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="99"/>
        <source>Open and decide…</source>
        <translation>Öppna och besluta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="100"/>
        <source>Reviews due (overdue, within 30 days, or never done)</source>
        <translation>Aktuella granskningar (försenade, inom 30 dagar eller aldrig gjorda)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="104"/>
        <source>Record a review…</source>
        <translation>Registrera granskning…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="141"/>
        <source>never reviewed</source>
        <translation>aldrig granskad</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="143"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="144"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="369"/>
        <source>Review: {channel_name}</source>
        <translation>Granskning: {channel_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="372"/>
        <source>Does the channel still reach its audience and serve its purpose, and are there people to maintain it?</source>
        <translation>Når kanalen fortfarande sin målgrupp och fyller sitt syfte, och finns det folk som kan sköta den?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="378"/>
        <source>Outcome:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="379"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="380"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Granskad:</translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="95"/>
        <source>keep as it is</source>
        <translation>fortsätter som förut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="96"/>
        <source>keep, with changes</source>
        <translation>fortsätter med ändringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="97"/>
        <source>close the channel</source>
        <translation>kanalen läggs ned</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="99"/>
        <source>No Finnish text, though {channel} posts in Finnish.</source>
        <translation>Finsk text saknas, fast {channel} publicerar på finska.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="100"/>
        <source>No Swedish text, though {channel} posts in Swedish.</source>
        <translation>Svensk text saknas, fast {channel} publicerar på svenska.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="101"/>
        <source>No English text, though {channel} posts in English.</source>
        <translation>Engelsk text saknas, fast {channel} publicerar på engelska.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="104"/>
        <source>{channel} is closed: nothing is published there.</source>
        <translation>{channel} är nedlagd: där publiceras inget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="105"/>
        <source>{channel} is dormant: nothing is published there.</source>
        <translation>{channel} är vilande: där publiceras inget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="106"/>
        <source>{channel} has not been approved yet.</source>
        <translation>{channel} har ännu inte godkänts.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="123"/>
        <source>No channel chosen for the post.</source>
        <translation>Ingen kanal har valts för inlägget.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="141"/>
        <source>{channel} is not allowed to run paid posts.</source>
        <translation>{channel} får inte ha betalda inlägg.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="152"/>
        <source>Too long for {channel}: {length} characters, at most {limit}.</source>
        <translation>För långt för {channel}: {length} tecken, högst {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="173"/>
        <source>{file}: who owns it or under what licence is missing.</source>
        <translation>{file}: ägare eller licens saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="179"/>
        <source>{file}: consent of the people pictured is not recorded.</source>
        <translation>{file}: samtycke från personerna på bilden är inte antecknat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="181"/>
        <source>{file}: the people pictured refused consent.</source>
        <translation>{file}: personerna på bilden har nekat samtycke.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="190"/>
        <source>{file}: alternative text missing ({languages}).</source>
        <translation>{file}: alternativtext saknas ({languages}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="197"/>
        <source>{file}: the video has no captions.</source>
        <translation>{file}: videon saknar textning.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="203"/>
        <source>{file}: the live recording was due to be made accessible on {due}.</source>
        <translation>{file}: inspelningen av direktsändningen skulle ha tillgängliggjorts senast {due}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="207"/>
        <source>{file}: make the live recording accessible by {due}.</source>
        <translation>{file}: gör inspelningen av direktsändningen tillgänglig senast {due}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="247"/>
        <source>{channel}: {count} posts in a day, at most {limit}.</source>
        <translation>{channel}: {count} inlägg på en dag, högst {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="254"/>
        <source>{channel}: {count} posts in a day, at least {limit}.</source>
        <translation>{channel}: {count} inlägg på en dag, minst {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="266"/>
        <source>{channel}: several posts a day on consecutive days.</source>
        <translation>{channel}: flera inlägg per dag flera dagar i rad.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="280"/>
        <source>{channel}: {count} posts in week {week}, at least {limit}.</source>
        <translation>{channel}: {count} inlägg vecka {week}, minst {limit}.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="339"/>
        <source>Type or paste the new value. It replaces the one stored now.</source>
        <translation>Skriv eller klistra in det nya värdet. Det ersätter det som nu är sparat.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="341"/>
        <source>Type or paste the value. It is saved in this computer&apos;s password store.</source>
        <translation>Skriv eller klistra in värdet. Det sparas i den här datorns lösenordsförråd.</translation>
    </message>
</context>
<context>
    <name>SecretKind</name>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="34"/>
        <source>Login password</source>
        <translation>Inloggningslösenord</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="35"/>
        <source>2FA backup codes</source>
        <translation>Reservkoder för tvåstegsverifiering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="36"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="37"/>
        <source>Recovery e-mail and phone</source>
        <translation>E-post och telefon för återställning</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="154"/>
        <source>Secrets are kept in this computer&apos;s password store, never in the database. A shown value hides itself after {shown_seconds} seconds; a copied one is cleared from the clipboard after {seconds} seconds.</source>
        <translation>Hemligheterna förvaras i den här datorns lösenordsförråd, aldrig i databasen. Ett visat värde döljs efter {shown_seconds} sekunder och ett kopierat värde töms från urklippet efter {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="165"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="166"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="167"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="189"/>
        <source>This computer has no usable password store (keyring), so secrets cannot be saved or shown here. Everything else in KuntaSome works as usual.</source>
        <translation>Den här datorn har inget användbart lösenordsförråd, så hemligheter kan inte sparas eller visas här. Allt annat i KuntaSome fungerar som vanligt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="199"/>
        <source>Stored; changed on {changed_at}.</source>
        <translation>Sparad; ändrad {changed_at}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="203"/>
        <source>Not stored.</source>
        <translation>Inte sparad.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="205"/>
        <source>Replace…</source>
        <translation>Ersätt…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="205"/>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="229"/>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="292"/>
        <source>Secrets</source>
        <translation>Hemligheter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="254"/>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Kopierat. Urklippet töms om {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="277"/>
        <source>Delete secret</source>
        <translation>Ta bort hemlighet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="279"/>
        <source>Delete “{kind}” of this channel from the password store?</source>
        <translation>Ta bort uppgiften ”{kind}” för den här kanalen ur lösenordsförrådet?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="28"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="29"/>
        <source>What needs attention now.</source>
        <translation>Det som behöver uppmärksamhet just nu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="35"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="36"/>
        <source>The channel register: every account, who owns it and who can log in, its purpose, security and review dates, new-channel requests and the public channel list for the website.</source>
        <translation>Kanalregistret: alla konton, vem som ansvarar för dem och vem som kan logga in, syfte, informationssäkerhet och granskningsdatum, ansökningar om nya kanaler och den offentliga kanalförteckningen för webbplatsen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="45"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="46"/>
        <source>The posting calendar: posts in Finnish, Swedish and English for several channels, approval, frequency targets, crisis mode and export to Outlook.</source>
        <translation>Publiceringskalendern: inlägg på finska, svenska och engelska i flera kanaler, godkännande, mål för publiceringstakten, krisläge och export till Outlook.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="54"/>
        <source>Moderation</source>
        <translation>Moderering</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="55"/>
        <source>The moderation and dialogue log: answers, removals with screenshot evidence, blocked users, response deadlines and monitoring check-ins.</source>
        <translation>Modererings- och dialogloggen: svar, borttagningar med skärmdumpar som bevis, blockerade användare, svarstider och bevakningskontroller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="63"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="64"/>
        <source>Statistics imported from the files the platforms export, with charts.</source>
        <translation>Statistik från tjänsternas egna exportfiler, med diagram.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="70"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="71"/>
        <source>Management reports for a month, quarter or half-year as PDF/A.</source>
        <translation>Rapporter till ledningen för en månad, ett kvartal eller ett halvår i PDF/A-format.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="77"/>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="78"/>
        <source>Snapshots for the public-records archive, checked with any BagIt tool, and the records plan.</source>
        <translation>Arkivpaket för arkivbildningen, som kan kontrolleras med vilket BagIt-verktyg som helst, och informationsstyrningsplanen.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="20"/>
        <source>Answer within</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="23"/>
        <source>Office opens</source>
        <translation>Kontoret öppnar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="26"/>
        <source>Office closes</source>
        <translation>Kontoret stänger</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="31"/>
        <source>Check-ins per working day</source>
        <translation>Kontroller per arbetsdag</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="37"/>
        <source>Keep removals with evidence</source>
        <translation>Förvaringstid för borttagningar med bevis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="40"/>
        <source>Keep blocks</source>
        <translation>Förvaringstid för blockeringar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="45"/>
        <source>Keep other entries</source>
        <translation>Förvaringstid för övriga anteckningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="35"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="37"/>
        <source>Languages of content</source>
        <translation>Innehållets språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="41"/>
        <source>Verify admin access every</source>
        <translation>Kontrollera administratörsbehörigheter var</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="44"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="141"/>
        <source>Language of the program</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="144"/>
        <source>Size and place of the window</source>
        <translation>Fönstrets storlek och plats</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="147"/>
        <source>Layout of the window</source>
        <translation>Fönstrets layout</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="150"/>
        <source>Section shown at start</source>
        <translation>Avsnitt som visas vid start</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="153"/>
        <source>You are (in the people register)</source>
        <translation>Du är (i personregistret)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="156"/>
        <source>Automatic backups to keep</source>
        <translation>Antal automatiska säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="161"/>
        <source>Second folder for a copy of each automatic backup</source>
        <translation>Andra mapp för en kopia av varje automatisk säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="164"/>
        <source>When the last backup was made</source>
        <translation>När den senaste säkerhetskopian gjordes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="209"/>
        <source>Remind me of reports</source>
        <translation>Påminn om rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="212"/>
        <source>Reports are written in</source>
        <translation>Rapporternas språk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="126"/>
        <source>Welcome to KuntaSome</source>
        <translation>Välkommen till KuntaSome</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="126"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="130"/>
        <source>KuntaSome keeps your organisation&apos;s social media register, posting calendar, moderation log and statistics on this computer. Choose your language and tell us whose channels these are.</source>
        <translation>KuntaSome förvarar din organisations kanalregister, publiceringskalender, modereringslogg och statistik för sociala medier på den här datorn. Välj språk och berätta vems kanaler det gäller.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="135"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="137"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="138"/>
        <source>e.g. City of Kallioranta</source>
        <translation>t.ex. Bergstrands stad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="139"/>
        <source>&amp;You are:</source>
        <translation>&amp;Du är:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="140"/>
        <source>Verify admin &amp;access every:</source>
        <translation>Kontrollintervall för administratörs&amp;behörigheter:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="141"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="144"/>
        <source>Admin access not verified on the platform for longer than this is flagged in the channel register.</source>
        <translation>Kanalregistret varnar för administratörsbehörigheter som inte har kontrollerats i tjänsten på längre tid än så.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="148"/>
        <source>(not chosen)</source>
        <translation>(inte vald)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="154"/>
        <source>Who you are in the people register: your name goes to the audit log, and a manager decides on channel requests.</source>
        <translation>Vem du är i personregistret: ditt namn sparas i händelseloggen, och som ansvarig chef kan du besluta om kanalansökningar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="158"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="159"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="162"/>
        <source>Data folder: {root}
Database: {display_name}</source>
        <translation>Datamapp: {root}
Databas: {display_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="183"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Skriv organisationens namn.</translation>
    </message>
</context>
<context>
    <name>StartCrisisDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="70"/>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="81"/>
        <source>Switch crisis mode on</source>
        <translation>Slå på krisläget</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="73"/>
        <source>Crisis mode pauses every planned and scheduled post that is not crisis communication. Nothing is deleted: when the crisis is over you choose what goes back and when. Crisis channels are highlighted.</source>
        <translation>Krisläget pausar alla planerade och schemalagda inlägg som inte är kriskommunikation. Inget raderas: när krisen är över väljer du vad som går tillbaka och när. Kanaler för kriskommunikation framhävs.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="78"/>
        <source>&amp;Why (recorded in the log):</source>
        <translation>&amp;Varför (antecknas i loggen):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="79"/>
        <source>Write a crisis message from the template now</source>
        <translation>Skriv ett krismeddelande utifrån mallen nu</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/kuntasome/app.py" line="55"/>
        <source>The database file {path} does not exist.

If you moved it, quit and move it back. Otherwise KuntaSome can start with a new, empty database.

Create a new, empty database?</source>
        <translation>Databasfilen {path} finns inte.

Om du har flyttat filen, avsluta och flytta tillbaka den. Annars kan KuntaSome börja med en ny, tom databas.

Skapa en ny, tom databas?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="62"/>
        <source>The database file {path} is empty: it holds no register.

If that is not what you expected, quit and restore it from a backup. Otherwise KuntaSome can start a new, empty register in it.

Start a new, empty register?</source>
        <translation>Databasfilen {path} är tom: den innehåller inget register.

Om det inte är vad du väntade dig, avsluta och återställ filen från en säkerhetskopia. Annars kan KuntaSome börja ett nytt, tomt register i den.

Börja ett nytt, tomt register?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="96"/>
        <source>KuntaSome is already open on this data folder ({folder}). Use that window: two windows on one folder would both make the backups and overwrite each other&apos;s settings.</source>
        <translation>KuntaSome är redan öppet i den här datamappen ({folder}). Använd det fönstret: två fönster i samma mapp skulle båda göra säkerhetskopiorna och skriva över varandras inställningar.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="106"/>
        <source>Open anyway</source>
        <translation>Öppna ändå</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="253"/>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="360"/>
        <source>Statistics</source>
        <extracomment>What the charts and the import list show.</extracomment>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="178"/>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="179"/>
        <source>Imported files</source>
        <translation>Importerade filer</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="184"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="185"/>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="186"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="187"/>
        <source>Last 2 years</source>
        <translation>Senaste 2 åren</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="188"/>
        <source>Last 10 years</source>
        <translation>Senaste 10 åren</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="193"/>
        <source>&amp;Chart</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="194"/>
        <source>&amp;Period</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="195"/>
        <source>F&amp;rom</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="196"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="197"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="200"/>
        <source>Export PNG or SVG…</source>
        <translation>Exportera som PNG eller SVG…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="201"/>
        <source>Show as a table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="202"/>
        <source>Import files…</source>
        <translation>Importera filer…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="203"/>
        <source>Undo import…</source>
        <translation>Ångra import…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="206"/>
        <source>Import the files the services export (Meta Business Suite, X, LinkedIn, YouTube Studio, TikTok Studio, Mastodon and Bluesky archives). Each file is recognised by its content; importing the same period again replaces the figures instead of adding them twice.</source>
        <translation>Importera filerna som tjänsterna exporterar (Meta Business Suite, X, LinkedIn, YouTube Studio, TikTok Studio, Mastodon- och Bluesky-arkiv). Varje fil känns igen på innehållet; importeras samma period igen ersätts siffrorna i stället för att räknas två gånger.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="212"/>
        <source>Choose channels to draw a chart.</source>
        <translation>Välj kanaler för att rita ett diagram.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="215"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="216"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="217"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="218"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="219"/>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="220"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="221"/>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="294"/>
        <source>several</source>
        <translation>flera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="371"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="407"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="407"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="409"/>
        <source>Export the chart</source>
        <translation>Exportera diagrammet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="418"/>
        <source>Saved {name}</source>
        <translation>Sparad {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="424"/>
        <source>Import statistics files</source>
        <translation>Importera statistikfiler</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="426"/>
        <source>Export files (*.csv *.xlsx *.xls *.json *.car);;All files (*)</source>
        <translation>Exportfiler (*.csv *.xlsx *.xls *.json *.car);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="437"/>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="452"/>
        <source>Undo import</source>
        <translation>Ångra import</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="439"/>
        <source>Remove the {values} values imported from {file_name}?</source>
        <translation>Ta bort de {values} värden som importerats från {file_name}?</translation>
    </message>
</context>
<context>
    <name>StatsImport</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="40"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="50"/>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="67"/>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="78"/>
        <source>{name}: not imported.</source>
        <translation>{name}: inte importerad.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="61"/>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="82"/>
        <source>{name}: {kind} — </source>
        <translation>{name}: {kind} — </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="73"/>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="83"/>
        <source>%n value(s) imported</source>
        <translation>
            <numerusform>%n värde importerat</numerusform>
            <numerusform>%n värden importerade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="91"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StatsKind</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="17"/>
        <source>Meta Business Suite daily metric</source>
        <translation>daglig mätning från Meta Business Suite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="18"/>
        <source>Meta Business Suite posts</source>
        <translation>inlägg från Meta Business Suite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="19"/>
        <source>Meta Business Suite audience</source>
        <translation>målgrupp från Meta Business Suite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="20"/>
        <source>Facebook Insights page export</source>
        <translation>sidexport från Facebook Insights</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="21"/>
        <source>X tweet activity</source>
        <translation>tweetaktivitet från X</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="22"/>
        <source>X daily activity</source>
        <translation>daglig aktivitet från X</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="23"/>
        <source>X account overview</source>
        <translation>kontoöversikt från X</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="24"/>
        <source>X content</source>
        <translation>innehåll från X</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="25"/>
        <source>LinkedIn page content</source>
        <translation>innehåll på LinkedIn-sidan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="26"/>
        <source>LinkedIn page followers</source>
        <translation>följare på LinkedIn-sidan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="27"/>
        <source>LinkedIn page visitors</source>
        <translation>besökare på LinkedIn-sidan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="28"/>
        <source>YouTube Studio table data</source>
        <translation>tabelldata från YouTube Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="29"/>
        <source>YouTube Studio chart data</source>
        <translation>diagramdata från YouTube Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="30"/>
        <source>YouTube Studio totals</source>
        <translation>totalsummor från YouTube Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="31"/>
        <source>YouTube Studio traffic sources</source>
        <translation>trafikkällor från YouTube Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="32"/>
        <source>TikTok Studio overview</source>
        <translation>översikt från TikTok Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="33"/>
        <source>TikTok Studio content</source>
        <translation>innehåll från TikTok Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="34"/>
        <source>TikTok Studio followers</source>
        <translation>följare från TikTok Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="35"/>
        <source>TikTok Studio viewers</source>
        <translation>tittare från TikTok Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="36"/>
        <source>TikTok Studio follower breakdown</source>
        <translation>följarfördelning från TikTok Studio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="37"/>
        <source>Mastodon archive posts</source>
        <translation>inlägg i Mastodon-arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="38"/>
        <source>Mastodon archive file</source>
        <translation>fil i Mastodon-arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="39"/>
        <source>Bluesky repository export</source>
        <translation>dataexport från Bluesky</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="40"/>
        <source>Bluesky account identity</source>
        <translation>kontoidentitet i Bluesky</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="41"/>
        <source>Table with mapped columns</source>
        <translation>tabell med kopplade kolumner</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="45"/>
        <source>a breakdown of the audience (age, gender, places): no daily values</source>
        <translation>målgruppens fördelning (ålder, kön, orter): inga dagliga värden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="48"/>
        <source>totals by traffic source for the whole period: no daily values</source>
        <translation>summor per trafikkälla för hela perioden: inga dagliga värden</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="51"/>
        <source>account details: no statistics</source>
        <translation>kontouppgifter: ingen statistik</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="52"/>
        <source>followers&apos; active hours or shares: no daily values</source>
        <translation>följarnas aktiva timmar eller andelar: inga dagliga värden</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="68"/>
        <source>Author names and comment texts are personal data. For a request under the GDPR, find everything about one account (every version of every entry, and blocks) and export it.</source>
        <translation>Skribenters namn och kommentarstexter är personuppgifter. För en begäran enligt dataskyddsförordningen, sök fram allt om ett konto (alla versioner av varje anteckning samt blockeringar) och exportera det.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="73"/>
        <source>Account name, exactly as in the log</source>
        <translation>Kontonamn exakt som i loggen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="74"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="75"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="76"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="79"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="80"/>
        <source>Seen</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="81"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="82"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="83"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="102"/>
        <source>Searching the log…</source>
        <translation>Söker i loggen…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="107"/>
        <source>Search failed</source>
        <translation>Sökningen misslyckades</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="120"/>
        <source>{searched}: {entries} entries, {blocks} blocks.</source>
        <translation>{searched}: anteckningar {entries}, blockeringar {blocks}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="141"/>
        <source>JSON, complete (*.json)</source>
        <translation>JSON, alla uppgifter (*.json)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="142"/>
        <source>CSV for Excel, entries (*.csv)</source>
        <translation>CSV för Excel, anteckningar (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="146"/>
        <source>Export everything about {searched}</source>
        <translation>Exportera allt om {searched}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="158"/>
        <source>Saved {name}</source>
        <translation>Sparad {name}</translation>
    </message>
</context>
<context>
    <name>TargetStatus</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="61"/>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="62"/>
        <source>scheduled</source>
        <translation>schemalagt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="63"/>
        <source>paused (crisis)</source>
        <translation>pausat (kris)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="64"/>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="65"/>
        <source>cancelled</source>
        <translation>struket</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../src/kuntasome/ui/tasks.py" line="196"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/tasks.py" line="205"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="256"/>
        <source>No backup of this data has been made yet. A backup keeps the register, the moderation log and its evidence safe if this computer is lost.</source>
        <extracomment>A card or first step chose a list or an action: &quot;section:list&quot; or &quot;settings&quot;.</extracomment>
        <translation>Inga säkerhetskopior av de här uppgifterna har gjorts ännu. En säkerhetskopia skyddar registret, modereringsloggen och dess bevis om datorn försvinner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="262"/>
        <source>The last backup was made on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>Den senaste säkerhetskopian gjordes {date}, för %n dag sedan.</numerusform>
            <numerusform>Den senaste säkerhetskopian gjordes {date}, för %n dagar sedan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="266"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="276"/>
        <source>The archive snapshot of {period} has not been made.</source>
        <translation>Arkivpaketet för {period} har inte skapats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="281"/>
        <source>Closed channels without their final snapshot: {channels}.</source>
        <translation>Stängda kanaler som saknar sitt sista arkivpaket: {channels}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="287"/>
        <source>Open Archive</source>
        <translation>Öppna Arkiv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="317"/>
        <source>The overview could not be loaded: {error}</source>
        <translation>Översikten kunde inte läsas in: {error}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="322"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="349"/>
        <source>Posts planned for today</source>
        <translation>Inlägg planerade för i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="350"/>
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n ska publiceras inom en timme</numerusform>
            <numerusform>%n ska publiceras inom en timme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="354"/>
        <source>Posts waiting for approval</source>
        <translation>Inlägg som väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="359"/>
        <source>Comments waiting for an answer</source>
        <translation>Kommentarer som väntar på svar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="360"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n efter tidsfristen</numerusform>
            <numerusform>%n efter tidsfristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="365"/>
        <source>Scheduled posts not marked published</source>
        <translation>Schemalagda inlägg som inte markerats som publicerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="370"/>
        <source>Channel reviews overdue</source>
        <translation>Försenade kanalgranskningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="372"/>
        <source>{channels_active} active channels of {channels_total} in the register</source>
        <translation>{channels_active} aktiva kanaler av {channels_total} i registret</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="379"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="383"/>
        <source>Check due now</source>
        <translation>Dags att kontrollera</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="384"/>
        <source>Monitoring of the channels</source>
        <translation>Bevakning av kanalerna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="385"/>
        <source>Last check-in {last}</source>
        <translation>Senaste kontroll {last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="391"/>
        <source>Next check due {time_zone}</source>
        <translation>Nästa kontroll senast {time_zone}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="397"/>
        <source>Last monitoring check-in</source>
        <translation>Senaste bevakningskontroll</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="400"/>
        <source>Posts this week with rule warnings</source>
        <translation>Veckans inlägg med varningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="401"/>
        <source>Languages, paid posts, rights, captions, length, frequency</source>
        <translation>Språk, betalda inlägg, rättigheter, textning, längd, publiceringstakt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="406"/>
        <source>Live recordings to make accessible</source>
        <translation>Inspelningar av direktsändningar att tillgängliggöra</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="407"/>
        <source>Within 14 days of the broadcast</source>
        <translation>Inom 14 dagar efter sändningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="415"/>
        <source>Management report due</source>
        <translation>Rapport till ledningen ska göras</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="416"/>
        <source>Make it in Reports</source>
        <translation>Gör den under Rapporter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="420"/>
        <source>Management reports up to date</source>
        <translation>Rapporterna till ledningen är gjorda</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="430"/>
        <source>Open today in the calendar</source>
        <translation>Öppna dagens datum i kalendern</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="431"/>
        <source>List the posts waiting for approval</source>
        <translation>Visa inläggen som väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="432"/>
        <source>List the comments waiting for an answer</source>
        <translation>Visa kommentarerna som väntar på svar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="433"/>
        <source>List the scheduled posts not marked published</source>
        <translation>Visa schemalagda inlägg som inte markerats som publicerade</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="434"/>
        <source>List the channels whose review is due</source>
        <translation>Visa kanalerna som ska granskas</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="435"/>
        <source>Open monitoring</source>
        <translation>Öppna bevakningen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="436"/>
        <source>List the posts of the coming week with rule warnings</source>
        <translation>Visa kommande veckans inlägg med regelvarningar</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="437"/>
        <source>List the posts with live recordings to make accessible</source>
        <translation>Visa inlägg med inspelningar av direktsändningar att tillgängliggöra</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="438"/>
        <source>Open Reports</source>
        <translation>Öppna Rapporter</translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="26"/>
        <source>not in use</source>
        <translation>används inte</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="27"/>
        <source>authenticator app</source>
        <translation>autentiseringsapp</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="28"/>
        <source>security key</source>
        <translation>säkerhetsnyckel</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="29"/>
        <source>text message</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="30"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
</context>
<context>
    <name>UnblockDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="153"/>
        <source>Lift the block on {account}</source>
        <translation>Häv blockeringen av {account}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="154"/>
        <source>&amp;Lifted on</source>
        <translation>&amp;Hävd</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="155"/>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="128"/>
        <source>Entry {id} does not follow entry {previous}: an entry between them was removed or the order was changed.</source>
        <translation>Anteckning {id} följer inte på anteckning {previous}: en anteckning mellan dem har tagits bort eller ordningen har ändrats.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="86"/>
        <source>Entry {id} has been changed after it was saved (its content or its evidence no longer matches its hash).</source>
        <extracomment>A log shorter than this is checked in one process (starting another costs ~0.5 s).</extracomment>
        <translation>Anteckning {id} har ändrats efter att den sparades (dess innehåll eller bevis stämmer inte längre med dess hash).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="363"/>
        <source>The personal data of entry {id} was removed, but no disposal in the log records it.</source>
        <translation>Personuppgifterna i post {id} har tagits bort, men ingen gallring i loggen tar upp det.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="377"/>
        <source>The log ends at entry {last}, but entry {head} was the last one saved: entries have been removed from its end.</source>
        <translation>Loggen slutar vid anteckning {last}, men anteckning {head} var den senast sparade: anteckningar har tagits bort i slutet.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="277"/>
        <source>The evidence file {file} of entry {id} is missing.</source>
        <translation>Bevisfilen {file} för anteckning {id} saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="289"/>
        <source>The evidence file {file} of entry {id} has been changed: its SHA-256 is no longer the one recorded.</source>
        <translation>Bevisfilen {file} för anteckning {id} har ändrats: dess SHA-256 är inte längre den registrerade.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="56"/>
        <source>Fewer than two people have admin access ({count}).</source>
        <translation>Färre än två personer har administratörsbehörighet ({count}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="59"/>
        <source>{person}&apos;s admin access has not been verified for {months} months.</source>
        <translation>Administratörsbehörigheten för {person} har inte kontrollerats på {months} månader.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="62"/>
        <source>{person} has left but still has {role} access.</source>
        <translation>{person} har slutat men har fortfarande behörighet (roll: {role}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="65"/>
        <source>No responsible manager.</source>
        <translation>Ansvarig chef saknas.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="66"/>
        <source>Two-factor authentication is not in use.</source>
        <translation>Tvåstegsverifiering används inte.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/week_view.py" line="53"/>
        <source>Week calendar</source>
        <translation>Veckokalender</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/week_view.py" line="133"/>
        <source>Wk {week}</source>
        <translation>V. {week}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/kuntasome/ui/widgets.py" line="47"/>
        <source>Something went wrong and nothing was saved. The log has the details.</source>
        <translation>Något gick fel och ingenting sparades. Detaljerna finns i loggen.</translation>
    </message>
</context>
</TS>
