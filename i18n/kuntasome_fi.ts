<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="55"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="56"/>
        <source>Access</source>
        <translation>Käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="57"/>
        <source>Granted</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="58"/>
        <source>Last verified</source>
        <translation>Tarkistettu viimeksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="59"/>
        <source>Revoked</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="93"/>
        <source>Grant access…</source>
        <translation>Myönnä käyttöoikeus…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="94"/>
        <source>Verified today</source>
        <translation>Tarkistettu tänään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="96"/>
        <source>You checked on the platform today that this person&apos;s access is right.</source>
        <translation>Tarkistit tänään palvelusta, että henkilön käyttöoikeus on oikea.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="98"/>
        <source>Revoke…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="118"/>
        <source>{person} (left {person_left_on})</source>
        <translation>{person} (lähtenyt {person_left_on})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="189"/>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="204"/>
        <source>Revoke access</source>
        <translation>Poista käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="192"/>
        <source>Record that {person}&apos;s {role} access was removed on the platform today?

Remove it on the platform first; this only records it.</source>
        <translation>Kirjataanko, että henkilön {person} käyttöoikeus ({role}) poistettiin palvelusta tänään?

Poista oikeus ensin palvelusta; tämä vain kirjaa sen.</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="28"/>
        <source>admin</source>
        <translation>järjestelmänvalvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="29"/>
        <source>editor</source>
        <translation>muokkaaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="30"/>
        <source>moderator</source>
        <translation>moderaattori</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="31"/>
        <source>analyst</source>
        <translation>analyytikko</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="187"/>
        <source>Archive snapshots</source>
        <translation>Arkistopaketit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="48"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="59"/>
        <source>Records due for disposal</source>
        <translation>Hävitettävät tiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="79"/>
        <source>Disposal log</source>
        <translation>Hävittämisloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="236"/>
        <source>Legal holds</source>
        <translation>Hävittämiskiellot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="31"/>
        <source>Records plan</source>
        <translation>Tiedonohjaussuunnitelma</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_list.py" line="42"/>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="47"/>
        <source>Posts of the day</source>
        <translation>Päivän julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="158"/>
        <source>Posts</source>
        <translation>Julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="139"/>
        <source>Channels of the post</source>
        <translation>Julkaisun kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="71"/>
        <source>Access to the channel</source>
        <translation>Kanavan käyttöoikeudet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="64"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="45"/>
        <source>Search the register</source>
        <translation>Hae rekisteristä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="81"/>
        <source>Channel register</source>
        <translation>Kanavarekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="48"/>
        <source>New-channel requests</source>
        <translation>Uusien kanavien hakemukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="70"/>
        <source>Channel reviews</source>
        <translation>Kanavien arvioinnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="194"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="177"/>
        <source>Blocked accounts</source>
        <translation>Estetyt tilit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="29"/>
        <source>First day of the period</source>
        <translation>Jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="30"/>
        <source>Last day of the period</source>
        <translation>Jakson viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="35"/>
        <source>Response times</source>
        <translation>Vastausajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="136"/>
        <source>Moderation log</source>
        <translation>Moderointiloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="91"/>
        <source>Monitoring check-ins</source>
        <translation>Seurannan tarkistukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="50"/>
        <source>Data subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="39"/>
        <source>Reports made</source>
        <translation>Laaditut raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="102"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="115"/>
        <source>The chart as a table</source>
        <translation>Kaavio taulukkona</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="152"/>
        <source>Imported files</source>
        <translation>Tuodut tiedostot</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="39"/>
        <source>This file</source>
        <translation>Tämä tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="50"/>
        <source>Choose the channel</source>
        <translation>Valitse kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/account_dialog.py" line="55"/>
        <source>{name} is a {kind} file. Choose the channel its figures belong to; accounts are remembered for the next import.</source>
        <translation>{name} on tiedosto lähteestä {kind}. Valitse kanava, jolle luvut kuuluvat; tilit muistetaan seuraavaa tuontia varten.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="178"/>
        <source>Social media records of {organisation}: channel register, posts, moderation log with evidence, statistics, management report and audit log, {first} – {last}.</source>
        <translation>{organisation}: sosiaalisen median asiakirjat – kanavarekisteri, julkaisut, moderointiloki todisteineen, tilastot, johdon raportti ja tapahtumaloki, {first}–{last}.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="358"/>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="464"/>
        <source>Archive</source>
        <translation>Arkisto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Half-year</source>
        <translation>Puolivuotiskausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="235"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A zip file</source>
        <translation>Zip-tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="239"/>
        <source>A tar file</source>
        <translation>Tar-tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="242"/>
        <source>BagIt bag (RFC 8493)</source>
        <translation>BagIt-paketti (RFC 8493)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="243"/>
        <source>E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</source>
        <translation>E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="245"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Muoto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="246"/>
        <source>P&amp;eriod length</source>
        <translation>Jakson &amp;pituus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="247"/>
        <source>&amp;Period</source>
        <translation>A&amp;janjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="248"/>
        <source>&amp;Channels</source>
        <translation>Kana&amp;vat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="249"/>
        <source>&amp;Save as</source>
        <translation>Ta&amp;llennusmuoto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="250"/>
        <source>&amp;Language of the README</source>
        <translation>README-tiedoston &amp;kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="253"/>
        <source>&amp;Make snapshot…</source>
        <translation>T&amp;ee arkistopaketti…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="256"/>
        <source>A snapshot is a BagIt bag (RFC 8493) of the period&apos;s records: the channel register and its history, posts, the moderation log with its evidence, blocks, check-ins, statistics, the management report and the audit log, with a README that explains every file. Any BagIt tool can check it. Public-records practice asks for one every half-year, and a final one when a channel is closed.</source>
        <translation>Arkistopaketti on ajanjakson asiakirjoista koottu BagIt-paketti (RFC 8493): kanavarekisteri historioineen, julkaisut, moderointiloki todisteineen, estot, seurantatarkistukset, tilastot, johdon raportti ja tapahtumaloki sekä README-tiedosto, joka selittää jokaisen tiedoston. Sen eheyden voi tarkistaa millä tahansa BagIt-työkalulla. Arkistonmuodostuksen käytäntö on tehdä paketti puolen vuoden välein ja viimeinen paketti, kun kanava suljetaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="263"/>
        <source>Check &amp;the chosen one</source>
        <translation>T&amp;arkista valittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="264"/>
        <source>Show in folder</source>
        <translation>Näytä kansiossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="267"/>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="268"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="269"/>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="270"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="271"/>
        <source>Where</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="274"/>
        <source>Snapshots</source>
        <translation>Arkistopaketit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="275"/>
        <source>Snapshots made</source>
        <translation>Tehdyt arkistopaketit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="276"/>
        <source>Records plan</source>
        <translation>Tiedonohjaussuunnitelma</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="277"/>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="498"/>
        <source>Disposal</source>
        <translation>Hävittäminen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="278"/>
        <source>Legal holds</source>
        <translation>Hävittämiskiellot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="311"/>
        <source>The whole register</source>
        <translation>Koko rekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="325"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="335"/>
        <source>The snapshot of {period} is due: make it here.</source>
        <translation>Arkistopaketti on tekemättä ajanjaksolta {period}: tee se täällä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="382"/>
        <source>New folder for the snapshot</source>
        <translation>Uusi kansio arkistopaketille</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="386"/>
        <source>Save the snapshot as</source>
        <translation>Tallenna arkistopaketti nimellä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="388"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-tiedostot (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="390"/>
        <source>Tar files (*.tar)</source>
        <translation>Tar-tiedostot (*.tar)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="403"/>
        <source>Making the snapshot…</source>
        <translation>Tehdään arkistopakettia…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="418"/>
        <source>Snapshot cancelled: nothing was written.</source>
        <translation>Arkistopaketin teko peruttiin: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="421"/>
        <source>The snapshot was not made</source>
        <translation>Arkistopakettia ei tehty</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="428"/>
        <source>Snapshot made: %n file(s) in {path}.</source>
        <translation>
            <numerusform>Arkistopaketti tehty: %n tiedosto, {path}.</numerusform>
            <numerusform>Arkistopaketti tehty: %n tiedostoa, {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="454"/>
        <source>Checking every file of the snapshot…</source>
        <translation>Tarkistetaan arkistopaketin jokainen tiedosto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="460"/>
        <source>The snapshot is not intact</source>
        <translation>Arkistopaketti ei ole eheä</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="467"/>
        <source>The snapshot is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>Arkistopaketti on eheä: %n tiedosto, jokainen tiiviste ({algorithms}) täsmää.</numerusform>
            <numerusform>Arkistopaketti on eheä: %n tiedostoa, jokainen tiiviste ({algorithms}) täsmää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="492"/>
        <source>Disposed of %n record(s); see the disposal log.</source>
        <translation>
            <numerusform>Hävitettiin %n asiakirja; katso hävittämisloki.</numerusform>
            <numerusform>Hävitettiin %n asiakirjaa; katso hävittämisloki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="501"/>
        <source>These evidence files could not be deleted; delete them by hand:
{files}</source>
        <translation>Näitä todistetiedostoja ei voitu poistaa; poista ne käsin:
{files}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="517"/>
        <source>Nothing was disposed of</source>
        <translation>Mitään ei hävitetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="532"/>
        <source>Hold placed.</source>
        <translation>Hävittämiskielto asetettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="539"/>
        <source>The hold was not placed</source>
        <translation>Hävittämiskieltoa ei asetettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="550"/>
        <source>The hold was not lifted</source>
        <translation>Hävittämiskieltoa ei purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="551"/>
        <source>Hold lifted.</source>
        <translation>Hävittämiskielto purettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="576"/>
        <source>The records plan was not saved</source>
        <translation>Tiedonohjaussuunnitelmaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="577"/>
        <source>Records plan saved.</source>
        <translation>Tiedonohjaussuunnitelma tallennettu.</translation>
    </message>
</context>
<context>
    <name>ArchiveReadme</name>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="33"/>
        <source>Channel register</source>
        <translation>Kanavarekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="34"/>
        <source>Every account of the organisation on a social media service, as it is registered when the snapshot is made (channels.json holds the same records exactly).</source>
        <translation>Organisaation jokainen tili sosiaalisen median palveluissa sellaisena kuin se on rekisterissä arkistopaketin muodostushetkellä (channels.json sisältää samat tiedot täsmälleen).</translation>
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
        <translation>kanavan numero rekisterissä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="42"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="292"/>
        <source>the social media service</source>
        <translation>sosiaalisen median palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="43"/>
        <source>the account&apos;s name on the service</source>
        <translation>tilin nimi palvelussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="44"/>
        <source>the name shown on the service</source>
        <translation>palvelussa näkyvä nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="45"/>
        <source>web address of the account</source>
        <translation>tilin verkko-osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="48"/>
        <source>the unit of the organisation that owns the channel</source>
        <translation>kanavan omistava organisaation yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="52"/>
        <source>the person responsible for the channel</source>
        <translation>kanavasta vastaava henkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="53"/>
        <source>what the channel is for</source>
        <translation>kanavan käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="54"/>
        <source>content languages (fi, sv, en)</source>
        <translation>sisällön kielet (fi, sv, en)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="57"/>
        <source>requested, approved, active, dormant, closed or reserved</source>
        <translation>haettu, hyväksytty, käytössä, hiljainen, suljettu tai varattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="63"/>
        <source>when the status last changed (UTC)</source>
        <translation>milloin tila muuttui viimeksi (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="67"/>
        <source>two-factor authentication method of the account</source>
        <translation>tilin kaksivaiheisen tunnistautumisen tapa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="71"/>
        <source>whether the channel is on the public list</source>
        <translation>onko kanava julkisessa kanavaluettelossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="75"/>
        <source>date of the last periodic review</source>
        <translation>viimeisimmän määräaikaisarvioinnin päivämäärä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="77"/>
        <source>date the channel was closed</source>
        <translation>kanavan sulkemispäivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="82"/>
        <source>Status history of the channels</source>
        <translation>Kanavien tilahistoria</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="83"/>
        <source>Every change of a channel&apos;s status, from the audit log.</source>
        <translation>Kanavan tilan jokainen muutos tapahtumalokista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="90"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="207"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="312"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="337"/>
        <source>when (UTC)</source>
        <translation>milloin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="91"/>
        <source>the status before</source>
        <translation>aiempi tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="92"/>
        <source>the status after</source>
        <translation>uusi tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="93"/>
        <source>why, as recorded</source>
        <translation>kirjattu syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="94"/>
        <source>who made the change</source>
        <translation>muutoksen tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="99"/>
        <source>Access history</source>
        <translation>Käyttöoikeushistoria</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="100"/>
        <source>Who could log in to each channel, in which role, from when to when.</source>
        <translation>Kuka on voinut kirjautua kullekin kanavalle, missä roolissa ja mistä mihin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="109"/>
        <source>the person given access</source>
        <translation>henkilö, jolle oikeus annettiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="110"/>
        <source>admin, editor, moderator or analyst</source>
        <translation>järjestelmänvalvoja, muokkaaja, moderaattori tai analyytikko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="111"/>
        <source>date access was given</source>
        <translation>oikeuden antamispäivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="114"/>
        <source>date it was last checked on the service</source>
        <translation>päivä, jona oikeus viimeksi tarkistettiin palvelussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="118"/>
        <source>date it was removed (empty: still valid)</source>
        <translation>oikeuden poistopäivä (tyhjä: voimassa)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="124"/>
        <source>Channel reviews</source>
        <translation>Kanavien arvioinnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="125"/>
        <source>The periodic reviews of the channels and their outcome.</source>
        <translation>Kanavien määräaikaisarvioinnit ja niiden tulokset.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="132"/>
        <source>date of the review</source>
        <translation>arvioinnin päivämäärä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="133"/>
        <source>who reviewed</source>
        <translation>arvioija</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="134"/>
        <source>keep, change or close</source>
        <translation>jatketaan, muutetaan tai suljetaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="135"/>
        <source>notes of the review</source>
        <translation>arvioinnin muistiinpanot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="140"/>
        <source>Posts</source>
        <translation>Julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="141"/>
        <source>The posts planned for the period, one row per post and language.</source>
        <translation>Ajanjaksolle suunnitellut julkaisut, yksi rivi julkaisua ja kieltä kohti.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="146"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="164"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="188"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="206"/>
        <source>number of the post</source>
        <translation>julkaisun numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="147"/>
        <source>working title of the post</source>
        <translation>julkaisun työnimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="148"/>
        <source>the post&apos;s status in the workflow</source>
        <translation>julkaisun tila työnkulussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="149"/>
        <source>language of the text (fi, sv, en)</source>
        <translation>tekstin kieli (fi, sv, en)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="150"/>
        <source>the text in that language</source>
        <translation>teksti kyseisellä kielellä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="151"/>
        <source>whether it is a paid post</source>
        <translation>onko kyseessä maksettu julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="152"/>
        <source>when it was approved (UTC)</source>
        <translation>milloin julkaisu hyväksyttiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="153"/>
        <source>who approved it</source>
        <translation>hyväksyjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="158"/>
        <source>Publications</source>
        <translation>Julkaisukerrat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="159"/>
        <source>Each post on each channel: when it was planned and published, and where.</source>
        <translation>Jokainen julkaisu kullakin kanavalla: milloin se oli suunniteltu ja julkaistiin ja missä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="169"/>
        <source>planned time (UTC)</source>
        <translation>suunniteltu aika (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="172"/>
        <source>planned, scheduled, published or cancelled</source>
        <translation>suunniteltu, ajastettu, julkaistu tai peruttu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="174"/>
        <source>when it was published (UTC)</source>
        <translation>julkaisuaika (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="175"/>
        <source>address of the published post</source>
        <translation>julkaisun verkko-osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="180"/>
        <source>Media of the posts</source>
        <translation>Julkaisujen mediatiedostot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="181"/>
        <source>Pictures and videos of the period&apos;s posts; the files are in calendar/media under their SHA-256.</source>
        <translation>Ajanjakson julkaisujen kuvat ja videot; tiedostot ovat kansiossa calendar/media SHA-256-tiivisteensä nimisinä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="189"/>
        <source>the file in this snapshot</source>
        <translation>tiedosto tässä paketissa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="190"/>
        <source>the file&apos;s name when it was added</source>
        <translation>tiedoston nimi lisättäessä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="191"/>
        <source>SHA-256 of the file</source>
        <translation>tiedoston SHA-256-tiiviste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="192"/>
        <source>who holds the rights</source>
        <translation>oikeuksien haltija</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="193"/>
        <source>licence or terms of use</source>
        <translation>lisenssi tai käyttöehdot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="194"/>
        <source>consent of the people shown</source>
        <translation>kuvassa näkyvien henkilöiden suostumus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="195"/>
        <source>alternative text in Finnish</source>
        <translation>vaihtoehtoinen teksti suomeksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="196"/>
        <source>alternative text in Swedish</source>
        <translation>vaihtoehtoinen teksti ruotsiksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="197"/>
        <source>alternative text in English</source>
        <translation>vaihtoehtoinen teksti englanniksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="202"/>
        <source>Status history of the posts</source>
        <translation>Julkaisujen tilahistoria</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="203"/>
        <source>Every change of the period&apos;s posts, from the audit log.</source>
        <translation>Ajanjakson julkaisujen jokainen muutos tapahtumalokista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="208"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="339"/>
        <source>what was done</source>
        <translation>mitä tehtiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="209"/>
        <source>who did it</source>
        <translation>tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="210"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="342"/>
        <source>details as recorded (JSON)</source>
        <translation>kirjatut lisätiedot (JSON)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="215"/>
        <source>Moderation and dialogue log</source>
        <translation>Moderointi- ja vuorovaikutusloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="216"/>
        <source>Every handled comment of the period, every version (a correction is a new entry pointing to the one it corrects), with the hash chain: entry_hash is SHA-256 over the entry and prev_hash, the hash of the entry before it. entries.json holds the same exactly.</source>
        <translation>Ajanjakson jokainen käsitelty kommentti kaikkine versioineen (korjaus on uusi merkintä, joka viittaa korjaamaansa merkintään) tiivisteketjuineen: entry_hash on SHA-256-tiiviste merkinnästä ja kentästä prev_hash, joka on edellisen merkinnän tiiviste. entries.json sisältää samat tiedot täsmälleen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="225"/>
        <location filename="../src/kuntasome/core/archive/tables.py" line="266"/>
        <source>number of the entry</source>
        <translation>merkinnän numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="226"/>
        <source>the entry this one corrects</source>
        <translation>merkintä, jota tämä korjaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="231"/>
        <source>question, feedback, inappropriate, …</source>
        <translation>kysymys, palaute, asiaton, …</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="232"/>
        <source>answered, removed, hidden, forwarded, …</source>
        <translation>vastattu, poistettu, piilotettu, välitetty, …</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="233"/>
        <source>reason of a removal</source>
        <translation>poiston syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="234"/>
        <source>when the comment was written (UTC)</source>
        <translation>milloin kommentti kirjoitettiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="235"/>
        <source>when it was seen (UTC)</source>
        <translation>milloin kommentti havaittiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="236"/>
        <source>when it was answered (UTC)</source>
        <translation>milloin kommenttiin vastattiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="237"/>
        <source>when the answer was due (UTC)</source>
        <translation>vastauksen määräaika (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="238"/>
        <source>the writer&apos;s account (personal data)</source>
        <translation>kirjoittajan tili (henkilötieto)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="239"/>
        <source>address of the comment</source>
        <translation>kommentin verkko-osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="240"/>
        <source>the comment&apos;s text (personal data)</source>
        <translation>kommentin teksti (henkilötieto)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="241"/>
        <source>the answer given</source>
        <translation>annettu vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="242"/>
        <source>case number in the records system</source>
        <translation>asianumero asianhallintajärjestelmässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="243"/>
        <source>who handled it</source>
        <translation>käsittelijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="246"/>
        <source>why a removal has no screenshot</source>
        <translation>miksi poistosta ei ole kuvakaappausta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="248"/>
        <source>when the entry was recorded (UTC)</source>
        <translation>milloin merkintä kirjattiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="251"/>
        <source>hash of the entry before this one in the chain</source>
        <translation>ketjussa edellisen merkinnän tiiviste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="253"/>
        <source>hash of this entry</source>
        <translation>tämän merkinnän tiiviste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="258"/>
        <source>Evidence</source>
        <translation>Todisteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="259"/>
        <source>Screenshots of removed comments: the original picture and its PDF/A, in moderation/evidence under their SHA-256.</source>
        <translation>Poistettujen kommenttien kuvakaappaukset: alkuperäinen kuva ja siitä tehty PDF/A kansiossa moderation/evidence SHA-256-tiivisteensä nimisinä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="267"/>
        <source>the original picture in this snapshot</source>
        <translation>alkuperäinen kuva tässä paketissa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="268"/>
        <source>the PDF/A made of it</source>
        <translation>siitä tehty PDF/A</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="269"/>
        <source>SHA-256 of the original</source>
        <translation>alkuperäisen kuvan SHA-256-tiiviste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="270"/>
        <source>SHA-256 of the PDF/A</source>
        <translation>PDF/A-tiedoston SHA-256-tiiviste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="273"/>
        <source>the picture&apos;s name when it was captured</source>
        <translation>kuvan nimi tallennettaessa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="275"/>
        <source>when it was captured (UTC)</source>
        <translation>milloin kuva otettiin (UTC)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="276"/>
        <source>who captured it</source>
        <translation>kuvan ottaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="281"/>
        <source>Blocked accounts</source>
        <translation>Estetyt tilit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="282"/>
        <source>Accounts blocked during the period or still blocked at its start.</source>
        <translation>Ajanjakson aikana estetyt tilit ja tilit, joiden esto oli voimassa jakson alkaessa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="287"/>
        <source>number of the block</source>
        <translation>eston numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="293"/>
        <source>the blocked account (personal data)</source>
        <translation>estetty tili (henkilötieto)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="294"/>
        <source>date of the block</source>
        <translation>estopäivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="295"/>
        <source>who decided it</source>
        <translation>päätöksen tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="296"/>
        <source>why</source>
        <translation>syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="297"/>
        <source>the log entry that led to it</source>
        <translation>lokimerkintä, joka johti estoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="298"/>
        <source>date the block was lifted</source>
        <translation>eston purkamispäivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="299"/>
        <source>why it was lifted</source>
        <translation>purkamisen syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="304"/>
        <source>Monitoring check-ins</source>
        <translation>Seurantatarkistukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="305"/>
        <source>Each time a person checked the channels for new comments.</source>
        <translation>Jokainen kerta, kun joku tarkisti kanavat uusien kommenttien varalta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="313"/>
        <source>who checked</source>
        <translation>tarkistaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="318"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="319"/>
        <source>One file per channel and metric (followers, reach, impressions, …), one row per day, from the services&apos; own export files.</source>
        <translation>Yksi tiedosto kanavaa ja mittaria kohti (seuraajat, kattavuus, näyttökerrat, …), yksi rivi päivää kohti, palvelujen omista vientitiedostoista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="326"/>
        <source>the day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="327"/>
        <source>the metric&apos;s value that day</source>
        <translation>mittarin arvo kyseisenä päivänä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="332"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="333"/>
        <source>Who did what and when in KuntaSome during the period.</source>
        <translation>Kuka teki KuntaSomessa mitä ja milloin ajanjakson aikana.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="336"/>
        <source>number of the audit entry</source>
        <translation>lokimerkinnän numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="338"/>
        <source>who</source>
        <translation>kuka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="340"/>
        <source>the kind of record</source>
        <translation>tietueen laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/tables.py" line="341"/>
        <source>its number</source>
        <translation>sen numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="371"/>
        <source>Social media records of {organisation}</source>
        <translation>{organisation}: sosiaalisen median asiakirjat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="374"/>
        <source>Period: {first} – {last}</source>
        <translation>Ajanjakso: {first}–{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="378"/>
        <source>This is a BagIt bag (RFC 8493). The files are in data/; manifest-sha256.txt and manifest-sha512.txt hold the checksum of each, bag-info.txt describes the bag. Check it with any BagIt tool, e.g. “bagit.py --validate FOLDER”, or with “kuntasome archive verify FOLDER”.</source>
        <translation>Tämä on BagIt-paketti (RFC 8493). Tiedostot ovat kansiossa data/; manifest-sha256.txt ja manifest-sha512.txt sisältävät kunkin tiedoston tiivisteen, ja bag-info.txt kuvaa paketin. Paketin eheyden voi tarkistaa millä tahansa BagIt-työkalulla, esimerkiksi komennolla ”bagit.py --validate KANSIO” tai ”kuntasome archive verify KANSIO”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="386"/>
        <source>This is an E-ARK SIP 2.1 information package (CSIP 2.1, in Sweden FGS Paketstruktur 2.0). The records are in representations/rep1/data/ and the paths below are inside it; METS.xml and representations/rep1/METS.xml list every file with its SHA-256; metadata/ holds Dublin Core, PREMIS and the records-plan metadata. Check it with “kuntasome archive verify FOLDER” or an E-ARK validator.</source>
        <translation>Tämä on E-ARK SIP 2.1 -siirtopaketti (CSIP 2.1, Ruotsissa FGS Paketstruktur 2.0). Asiakirjat ovat kansiossa representations/rep1/data/, ja alla olevat polut ovat sen sisällä; METS.xml ja representations/rep1/METS.xml luettelevat jokaisen tiedoston SHA-256-tiivisteineen; kansiossa metadata/ ovat Dublin Core-, PREMIS- ja tiedonohjaussuunnitelman metatiedot. Paketin eheyden voi tarkistaa komennolla ”kuntasome archive verify KANSIO” tai E-ARK-validaattorilla.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="394"/>
        <source>Tables are CSV files (UTF-8, comma-separated, first row the column names). Times are in UTC (ISO 8601, ending in Z). A cell that would start with = + - or @ begins with an apostrophe, so that a spreadsheet never runs it as a formula; the JSON files keep the exact text.</source>
        <translation>Taulukot ovat CSV-tiedostoja (UTF-8, pilkuin eroteltu, ensimmäisellä rivillä sarakkeiden nimet). Ajat ovat UTC-aikaa (ISO 8601, lopussa Z). Jos solu alkaisi merkillä = + - tai @, sen alkuun on lisätty heittomerkki, jotta taulukkolaskentaohjelma ei koskaan suorita sitä kaavana; JSON-tiedostoissa teksti on täsmälleen alkuperäinen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="401"/>
        <source>records-plan.csv gives, for each record type, its task code in the records plan, publicity, personal data and retention period.</source>
        <translation>records-plan.csv kertoo kunkin asiakirjatyypin tehtäväluokan tiedonohjaussuunnitelmassa, julkisuusluokan, henkilötiedot ja säilytysajan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="413"/>
        <source>Rows: {count}</source>
        <translation>Rivejä: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="420"/>
        <source>The period&apos;s management report as a PDF/A.</source>
        <translation>Ajanjakson johdon raportti PDF/A-muodossa.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="156"/>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="157"/>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="158"/>
        <source>positional arguments</source>
        <translation>argumentit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="159"/>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="160"/>
        <source>show program&apos;s version number and exit</source>
        <translation>näytä ohjelman versio ja lopeta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="161"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="162"/>
        <source>the following arguments are required: %s</source>
        <translation>nämä argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="163"/>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomia argumentteja: %s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="164"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>virheellinen valinta: %(value)r (vaihtoehdot: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="165"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="166"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="167"/>
        <source>expected one argument</source>
        <translation>odotettiin yhtä argumenttia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="168"/>
        <source>expected at least one argument</source>
        <translation>odotettiin vähintään yhtä argumenttia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="169"/>
        <source>expected at most one argument</source>
        <translation>odotettiin enintään yhtä argumenttia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="170"/>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="171"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>monitulkintainen valitsin: %(option)s voi tarkoittaa: %(matches)s</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="172"/>
        <source>one of the arguments %s is required</source>
        <translation>jokin argumenteista %s tarvitaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="173"/>
        <source>ignored explicit argument %r</source>
        <translation>ohitettiin annettu argumentti %r</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/common.py" line="186"/>
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>odotettiin %n argumentti</numerusform>
            <numerusform>odotettiin %n argumenttia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="113"/>
        <source>A team database on a server is backed up on the server (for example with pg_dump), not from this window.</source>
        <translation>Palvelimella olevan tiimin tietokannan varmuuskopiointi tehdään palvelimella (esimerkiksi pg_dumpilla), ei tästä ikkunasta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="157"/>
        <source>It failed for a reason the log file describes.</source>
        <translation>Se epäonnistui; syy on kirjattu lokitiedostoon.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="163"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="190"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="364"/>
        <source>Back up</source>
        <translation>Varmuuskopiointi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="169"/>
        <source>Back up to</source>
        <translation>Varmuuskopion tallennuspaikka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="169"/>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="215"/>
        <source>Backups (*.zip)</source>
        <translation>Varmuuskopiot (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="178"/>
        <source>Backing up the database, evidence and media…</source>
        <translation>Varmuuskopioidaan tietokanta, todisteet ja mediatiedostot…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="185"/>
        <source>Backup cancelled: no file was written.</source>
        <translation>Varmuuskopiointi peruttiin: tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="191"/>
        <source>The backup was not made. {reason}</source>
        <translation>Varmuuskopiota ei tehty. {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="197"/>
        <source>Backed up %n file(s) ({size}) to {file}.</source>
        <translation>
            <numerusform>Varmuuskopioitiin %n tiedosto ({size}): {file}.</numerusform>
            <numerusform>Varmuuskopioitiin %n tiedostoa ({size}): {file}.</numerusform>
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
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="213"/>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="223"/>
        <source>Checking every file of the backup…</source>
        <translation>Tarkistetaan varmuuskopion jokainen tiedosto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="239"/>
        <source>Restoring…</source>
        <translation>Palautetaan…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="244"/>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Palautus peruttiin: mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="250"/>
        <source>Nothing was restored. {reason}</source>
        <translation>Mitään ei palautettu. {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="254"/>
        <source>The backup was restored.</source>
        <translation>Varmuuskopio on palautettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="258"/>
        <source>The data that was here was moved to {folder}; nothing was deleted.</source>
        <translation>Kansiossa olleet tiedot siirrettiin kansioon {folder}; mitään ei poistettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="265"/>
        <source>Passwords and backup codes are never in a backup. These are not in this computer&apos;s password store; enter them again in the channel&apos;s Security tab:</source>
        <translation>Salasanat ja varakoodit eivät ole koskaan varmuuskopiossa. Nämä puuttuvat tämän tietokoneen salasanasäilöstä; syötä ne uudelleen kanavan Tietoturva-välilehdellä:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="272"/>
        <source>KuntaSome starts again on the restored data.</source>
        <translation>KuntaSome käynnistyy uudelleen palautetuilla tiedoilla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="281"/>
        <source>Backup of {organisation}, made {made} by KuntaSome {version}: %n file(s), {size}. Every file matches its checksum.</source>
        <translation>
            <numerusform>Varmuuskopio: {organisation}, tehty {made} KuntaSomen versiolla {version}: %n tiedosto, {size}. Jokainen tiedosto vastaa tiivistettään.</numerusform>
            <numerusform>Varmuuskopio: {organisation}, tehty {made} KuntaSomen versiolla {version}: %n tiedostoa, {size}. Jokainen tiedosto vastaa tiivistettään.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="294"/>
        <source>It replaces the data in {folder}. Today&apos;s data is first moved into the folder {aside} there, not deleted.</source>
        <translation>Se korvaa kansion {folder} tiedot. Nykyiset tiedot siirretään ensin sen alikansioon {aside}, niitä ei poisteta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="331"/>
        <source>The daily backup was made, but not copied to {folder}: {reason}</source>
        <translation>Päivittäinen varmuuskopio tehtiin, mutta sitä ei voitu kopioida kansioon {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="337"/>
        <source>The daily backup was made.</source>
        <translation>Päivittäinen varmuuskopio on tehty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="341"/>
        <source>The daily backup failed: {reason}</source>
        <translation>Päivittäinen varmuuskopiointi epäonnistui: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="353"/>
        <source>Backing up before closing…</source>
        <translation>Varmuuskopioidaan ennen sulkemista…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups.py" line="366"/>
        <source>The closing backup was not made. {reason}</source>
        <translation>Sulkemisen yhteydessä tehtävää varmuuskopiota ei tehty. {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="108"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="111"/>
        <source>A backup holds the database, the evidence and media files and the settings — never the passwords, which stay in this computer&apos;s password store. KuntaSome backs up by itself on the first start of each day and when it closes.</source>
        <translation>Varmuuskopiossa ovat tietokanta, todiste- ja mediatiedostot sekä asetukset – ei koskaan salasanoja, jotka pysyvät tietokoneen salasanasäilössä. KuntaSome varmuuskopioi itse jokaisen päivän ensimmäisellä käynnistyskerralla ja aina suljettaessa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="116"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="117"/>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="118"/>
        <source>Restore the chosen one…</source>
        <translation>Palauta valittu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="119"/>
        <source>Restore from a file…</source>
        <translation>Palauta tiedostosta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="120"/>
        <source>Open the folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="121"/>
        <source>Automatic backups to &amp;keep:</source>
        <translation>&amp;Säilytettäviä automaattisia varmuuskopioita:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="122"/>
        <source>Also copy them &amp;to:</source>
        <translation>&amp;Kopioi ne myös kansioon:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="123"/>
        <source>No second folder</source>
        <translation>Ei toista kansiota</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="126"/>
        <source>A copy on a network drive or a USB stick is safe even if this computer is lost. When the folder cannot be reached, the backup is still made here.</source>
        <translation>Verkkolevyllä tai USB-muistilla oleva kopio säilyy, vaikka tietokone katoaisi. Jos kansioon ei saada yhteyttä, varmuuskopio tehdään silti tähän tietokoneeseen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="130"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="131"/>
        <source>No copy</source>
        <translation>Ei kopiota</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="137"/>
        <source>Last backup: {when}</source>
        <translation>Viimeisin varmuuskopio: {when}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="139"/>
        <source>No backup has been made yet.</source>
        <translation>Varmuuskopiota ei ole vielä tehty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="148"/>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="148"/>
        <source>Made by a person</source>
        <translation>Käyttäjän tekemä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/backups_dialog.py" line="176"/>
        <source>Folder for copies of the backups</source>
        <translation>Kansio varmuuskopioiden kopioille</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="98"/>
        <source>Block an account</source>
        <translation>Estä tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="102"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="103"/>
        <source>&amp;Account</source>
        <translation>&amp;Tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="104"/>
        <source>&amp;Blocked on</source>
        <translation>&amp;Estetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="105"/>
        <source>&amp;Decided by</source>
        <translation>&amp;Päätöksen tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="106"/>
        <source>&amp;Reason</source>
        <translation>Pe&amp;ruste</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="31"/>
        <source>Platform</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="32"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="33"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="34"/>
        <source>Blocked on</source>
        <translation>Estetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="35"/>
        <source>Decided by</source>
        <translation>Päätöksen tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="36"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="37"/>
        <source>Moderation entry</source>
        <translation>Moderointimerkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="38"/>
        <source>Unblocked on</source>
        <translation>Esto purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="39"/>
        <source>Reason for unblocking</source>
        <translation>Eston purkamisen peruste</translation>
    </message>
</context>
<context>
    <name>BlocksTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="204"/>
        <source>The block list is a public record: who decided, when and why. Blocks are never deleted; a lifted block stays with its date and reason.</source>
        <translation>Estolista on julkinen asiakirja: kuka päätti, milloin ja miksi. Estoja ei poisteta koskaan; purettu esto säilyy päivämäärineen ja perusteineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="208"/>
        <source>Block an account…</source>
        <translation>Estä tili…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="209"/>
        <source>Lift the block…</source>
        <translation>Pura esto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="210"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="211"/>
        <source>Show lifted blocks</source>
        <translation>Näytä puretut estot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="214"/>
        <source>Blocked on</source>
        <translation>Estetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="215"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="216"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="217"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="218"/>
        <source>Decided by</source>
        <translation>Päätöksen tekijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="219"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="220"/>
        <source>Lifted on</source>
        <translation>Purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="221"/>
        <source>Why lifted</source>
        <translation>Purkamisen peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="297"/>
        <source>Export the block register</source>
        <translation>Vie estorekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="298"/>
        <source>blocked-accounts.csv</source>
        <translation>estetyt-tilit.csv</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="299"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV Exceliin (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="306"/>
        <source>Saved {name}</source>
        <translation>Tallennettu {name}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="351"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n julkaisu</numerusform>
            <numerusform>%n julkaisua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="393"/>
        <source>Crisis communication</source>
        <translation>Kriisiviestintä</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="130"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="131"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="132"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="133"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="134"/>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="188"/>
        <source>Every post of the month</source>
        <translation>Kaikki kuukauden julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="189"/>
        <source>Waiting for approval</source>
        <translation>Hyväksyttävänä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="190"/>
        <source>Scheduled but not marked published</source>
        <translation>Ajastettu, mutta ei merkitty julkaistuksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="191"/>
        <source>With rule warnings in the coming week</source>
        <translation>Tulevan viikon julkaisut, joissa on sääntövaroituksia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="192"/>
        <source>With live recordings to make accessible</source>
        <translation>Julkaisut, joiden lähetystallenne on tehtävä saavutettavaksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="197"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="198"/>
        <source>Search posts, channels, statuses, warnings…</source>
        <translation>Hae julkaisuja, kanavia, tiloja, varoituksia…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/list_view.py" line="199"/>
        <source>Search the list</source>
        <translation>Hae luettelosta</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="202"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="203"/>
        <source>Previous (Page Up)</source>
        <translation>Edellinen (Page Up)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="204"/>
        <source>Next (Page Down)</source>
        <translation>Seuraava (Page Down)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="205"/>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="206"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="207"/>
        <source>List</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="212"/>
        <source>New post…</source>
        <translation>Uusi julkaisu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="213"/>
        <source>New post (Ctrl+N)</source>
        <translation>Uusi julkaisu (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="214"/>
        <source>Export to Outlook (.ics)…</source>
        <translation>Vie Outlookiin (.ics)…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="215"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="228"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="245"/>
        <source>Crisis mode…</source>
        <translation>Kriisitila…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="251"/>
        <source>Crisis mode is on since {when} ({by}): {reason}. Non-crisis posts are paused.</source>
        <translation>Kriisitila on päällä {when} alkaen ({by}): {reason}. Muut kuin kriisiviestinnän julkaisut on keskeytetty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="259"/>
        <source>End crisis mode…</source>
        <translation>Lopeta kriisitila…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="289"/>
        <source>Week {week}, {month}–{year}</source>
        <translation>Viikko {week}, {month}–{year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="329"/>
        <source>Loading the calendar…</source>
        <extracomment>What the calendar shows: a change to any of these makes it reload.</extracomment>
        <translation>Ladataan kalenteria…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="404"/>
        <source>The calendar could not be loaded. The log has the details.</source>
        <translation>Kalenteria ei voitu ladata. Lokissa on tarkemmat tiedot.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="501"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="536"/>
        <source>Move the post</source>
        <translation>Siirrä julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="555"/>
        <source>Moved to {at}.</source>
        <translation>Siirretty: {at}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="564"/>
        <source>Crisis mode is on: %n post(s) paused.</source>
        <translation>
            <numerusform>Kriisitila on päällä: %n julkaisu keskeytetty.</numerusform>
            <numerusform>Kriisitila on päällä: %n julkaisua keskeytetty.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="198"/>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="215"/>
        <source>End crisis mode</source>
        <translation>Lopeta kriisitila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="199"/>
        <source>End crisis mode now?</source>
        <translation>Lopetetaanko kriisitila nyt?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="582"/>
        <source>Crisis message</source>
        <translation>Kriisitiedote</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="143"/>
        <source>Loading the calendar…</source>
        <translation>Kalenteria ladataan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n muu</numerusform>
            <numerusform>+%n muuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="244"/>
        <source>Service:</source>
        <translation>Palvelu:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="245"/>
        <source>&amp;Address:</source>
        <translation>O&amp;soite:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="246"/>
        <source>&amp;Name:</source>
        <translation>N&amp;imi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="247"/>
        <source>Colour in the calendar:</source>
        <translation>Väri kalenterissa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="248"/>
        <source>Account &amp;ID:</source>
        <translation>Tilin t&amp;unniste:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="249"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="250"/>
        <source>Responsible &amp;manager:</source>
        <translation>&amp;Vastuuesihenkilö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="251"/>
        <source>Purpose (Finnish):</source>
        <translation>Tarkoitus (suomeksi):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="252"/>
        <source>Purpose (Swedish):</source>
        <translation>Tarkoitus (ruotsiksi):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="253"/>
        <source>Purpose (English):</source>
        <translation>Tarkoitus (englanniksi):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="254"/>
        <source>Audience:</source>
        <translation>Kohderyhmä:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="255"/>
        <source>Languages:</source>
        <translation>Kielet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="256"/>
        <source>Tone of voice:</source>
        <translation>Viestinnän sävy:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="257"/>
        <source>Review every:</source>
        <translation>Arviointiväli:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="258"/>
        <source>Next review:</source>
        <translation>Seuraava arviointi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="259"/>
        <source>Last reviewed:</source>
        <translation>Arvioitu viimeksi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="260"/>
        <source>Posts a week, at least:</source>
        <translation>Julkaisuja viikossa vähintään:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="261"/>
        <source>Posts a day, at least:</source>
        <translation>Julkaisuja päivässä vähintään:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="262"/>
        <source>Posts a day, at most:</source>
        <translation>Julkaisuja päivässä enintään:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="264"/>
        <source>Use:</source>
        <translation>Käyttö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="265"/>
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="270"/>
        <source>The profile&apos;s web address or handle; it is checked and written the same way</source>
        <translation>Profiilin verkko-osoite tai käyttäjänimi; se tarkistetaan ja kirjoitetaan aina samalla tavalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="272"/>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="273"/>
        <source>Not several posts a day on consecutive days</source>
        <translation>Ei useita julkaisuja päivässä peräkkäisinä päivinä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="275"/>
        <source>no target</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="278"/>
        <source>May run paid (sponsored) posts</source>
        <translation>Saa julkaista maksettua (sponsoroitua) sisältöä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="279"/>
        <source>Crisis communication channel</source>
        <translation>Kriisiviestinnän kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="280"/>
        <source>Shown on the public channel list</source>
        <translation>Näytetään julkisessa kanavaluettelossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="281"/>
        <source>&amp;Two-factor authentication:</source>
        <translation>&amp;Kaksivaiheinen tunnistautuminen:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="289"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="290"/>
        <source>Access</source>
        <translation>Käyttöoikeudet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="291"/>
        <source>Security</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="292"/>
        <source>&amp;Save</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="293"/>
        <source>Undo changes</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="294"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="510"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="532"/>
        <source>Change status</source>
        <translation>Vaihda tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="295"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="296"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="322"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="326"/>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="368"/>
        <source>Choose a channel from the list.</source>
        <translation>Valitse kanava luettelosta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="377"/>
        <source> since {closed_on}</source>
        <translation> {closed_on} alkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="382"/>
        <source>Status: {status}</source>
        <translation>Tila: {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="401"/>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="479"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="462"/>
        <source>Channel not saved</source>
        <translation>Kanavaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="480"/>
        <source>Save the changes to {title}?</source>
        <translation>Tallennetaanko kanavan {title} muutokset?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="488"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="489"/>
        <source>Don&apos;t save</source>
        <translation>Älä tallenna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="490"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channel_editor.py" line="512"/>
        <source>Why is {title} now {status}? (saved in the audit log)</source>
        <translation>Miksi kanavan {title} tila on nyt {status}? (tallentuu muutoslokiin)</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="29"/>
        <source>requested</source>
        <translation>haettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="30"/>
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="31"/>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="32"/>
        <source>dormant</source>
        <translation>lepotilassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="33"/>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="34"/>
        <source>reserved</source>
        <translation>varattu</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="90"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="91"/>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="92"/>
        <source>Requests and reviews</source>
        <translation>Hakemukset ja arvioinnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="120"/>
        <source>Loading the register…</source>
        <extracomment>What the register&apos;s three tabs show.</extracomment>
        <translation>Ladataan rekisteriä…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/channels_page.py" line="144"/>
        <source>The register could not be loaded. The log has the details.</source>
        <translation>Rekisteriä ei voitu ladata. Tarkemmat tiedot ovat lokissa.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="31"/>
        <source>Followers over time</source>
        <translation>Seuraajat ajan mittaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="32"/>
        <source>Reach and engagement per channel</source>
        <translation>Kattavuus ja sitoutuminen kanavittain</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="33"/>
        <source>Engagement rate</source>
        <translation>Sitoutumisaste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="34"/>
        <source>Posting frequency against target</source>
        <translation>Julkaisutahti tavoitteeseen verrattuna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="35"/>
        <source>Top posts</source>
        <translation>Parhaat julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="26"/>
        <source>Jan</source>
        <translation>tammi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="27"/>
        <source>Feb</source>
        <translation>helmi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="28"/>
        <source>Mar</source>
        <translation>maalis</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="29"/>
        <source>Apr</source>
        <translation>huhti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="30"/>
        <source>May</source>
        <translation>touko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="31"/>
        <source>Jun</source>
        <translation>kesä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="32"/>
        <source>Jul</source>
        <translation>heinä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="33"/>
        <source>Aug</source>
        <translation>elo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="34"/>
        <source>Sep</source>
        <translation>syys</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="35"/>
        <source>Oct</source>
        <translation>loka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="36"/>
        <source>Nov</source>
        <translation>marras</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="37"/>
        <source>Dec</source>
        <translation>joulu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="40"/>
        <source>No statistics for this period and these channels.</source>
        <translation>Tälle ajanjaksolle ja näille kanaville ei ole tilastoja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="97"/>
        <location filename="../src/kuntasome/documents/charts.py" line="41"/>
        <source>Followers</source>
        <translation>Seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="101"/>
        <source>Week from</source>
        <translation>Viikko alkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="103"/>
        <source>Target a week</source>
        <translation>Tavoite viikossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="107"/>
        <location filename="../src/kuntasome/documents/charts.py" line="42"/>
        <source>Reach</source>
        <translation>Kattavuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="108"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="118"/>
        <location filename="../src/kuntasome/documents/charts.py" line="43"/>
        <location filename="../src/kuntasome/documents/charts.py" line="47"/>
        <source>Engagements</source>
        <translation>Sitoutuminen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="112"/>
        <location filename="../src/kuntasome/documents/charts.py" line="44"/>
        <source>Engagements per reach (%)</source>
        <translation>Sitoutuminen suhteessa kattavuuteen (%)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="102"/>
        <location filename="../src/kuntasome/documents/charts.py" line="45"/>
        <source>Posts a week</source>
        <translation>Julkaisuja viikossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/charts.py" line="46"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="18"/>
        <source>Line chart of followers per channel over the period</source>
        <translation>Viivakaavio kanavien seuraajamääristä jakson aikana</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="19"/>
        <source>Line chart of posts published per week</source>
        <translation>Viivakaavio viikoittain julkaistuista julkaisuista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="20"/>
        <source>Bar chart of reach and engagements per channel</source>
        <translation>Pylväskaavio kanavien tavoittavuudesta ja sitoutumisista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="21"/>
        <source>Bar chart of the engagement rate per channel</source>
        <translation>Pylväskaavio kanavien sitoutumisasteesta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="22"/>
        <source>Bar chart of the posts with the most engagements</source>
        <translation>Pylväskaavio julkaisuista, joilla on eniten sitoutumisia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="34"/>
        <source>{channel} from {start} to {end}</source>
        <translation>{channel}: {start} → {end}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="48"/>
        <source>{channel}: {least}–{most} posts a week</source>
        <translation>{channel}: {least}–{most} julkaisua viikossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="55"/>
        <source>target {target}</source>
        <translation>tavoite {target}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="61"/>
        <source>{channel}: reach {reach}, engagements {engagements}</source>
        <translation>{channel}: tavoittavuus {reach}, sitoutumiset {engagements}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="71"/>
        <source>{channel}: {rate}%</source>
        <translation>{channel}: {rate} %</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="81"/>
        <source>{post}: {engagements} engagements</source>
        <translation>{post}: {engagements} sitoutumista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="89"/>
        <source>no statistics for the period.</source>
        <translation>jaksolta ei ole tilastoja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="95"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="100"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="106"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="111"/>
        <location filename="../src/kuntasome/documents/chart_text.py" line="116"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="96"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="115"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/chart_text.py" line="117"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="61"/>
        <location filename="../src/kuntasome/core/integrity.py" line="80"/>
        <source>The database file is damaged: {detail}</source>
        <translation>Tietokantatiedosto on vioittunut: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="65"/>
        <source>The database file is intact.</source>
        <translation>Tietokantatiedosto on eheä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="70"/>
        <source>Broken references between records in: {tables}</source>
        <translation>Tietueiden välisiä viittauksia on rikki tauluissa: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="74"/>
        <source>All references between records hold.</source>
        <translation>Kaikki tietueiden väliset viittaukset ovat kunnossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="90"/>
        <source>The database is not in WAL mode (it is {mode}).</source>
        <translation>Tietokanta ei ole WAL-tilassa (tila: {mode}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="102"/>
        <source>The database server answers.</source>
        <translation>Tietokantapalvelin vastaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="111"/>
        <source>Tables are missing: {tables}</source>
        <translation>Tauluja puuttuu: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="136"/>
        <source>The database is empty: it has no tables.</source>
        <translation>Tietokanta on tyhjä: siinä ei ole yhtään taulua.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="143"/>
        <source>The database schema is {revision}; this version uses {head}. It is updated (after a backup) the next time KuntaSome starts.</source>
        <translation>Tietokannan rakenneversio on {revision}, tämä ohjelmaversio käyttää versiota {head}. Rakenne päivitetään (varmuuskopion jälkeen), kun KuntaSome seuraavan kerran käynnistetään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="155"/>
        <source>The database schema is up to date ({revision}).</source>
        <translation>Tietokannan rakenne on ajan tasalla ({revision}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="183"/>
        <source>The demo data was interrupted while it was being written: the database holds only part of it. Run &apos;kuntasome demo&apos; again to make it whole.</source>
        <translation>Esittelyaineiston kirjoittaminen keskeytyi: tietokannassa on siitä vain osa. Aja &apos;kuntasome demo&apos; uudelleen, niin aineisto tehdään kokonaan.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="68"/>
        <source>Checked now</source>
        <translation>Tarkistettu nyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="70"/>
        <source>The comments and messages of these channels were checked just now:</source>
        <translation>Näiden kanavien kommentit ja viestit tarkistettiin juuri nyt:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="94"/>
        <source>KuntaSome: social media register, posting calendar, moderation log and statistics for a municipality. Without a command, the application window opens.</source>
        <translation>KuntaSome: kunnan sosiaalisen median kanavarekisteri, julkaisukalenteri, moderointiloki ja tilastot. Ilman komentoa avautuu sovellusikkuna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="102"/>
        <source>language of the output</source>
        <translation>tulosteen kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="106"/>
        <location filename="../src/kuntasome/cli/backup.py" line="78"/>
        <source>FOLDER</source>
        <translation>KANSIO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="107"/>
        <source>data folder (default: the per-user application data folder, or KUNTASOME_DATA_DIR)</source>
        <translation>tietokansio (oletus: käyttäjän sovellustietokansio tai KUNTASOME_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="115"/>
        <source>database URL, e.g. postgresql+psycopg://user@host/kuntasome (default: the SQLite file in the data folder)</source>
        <translation>tietokannan osoite, esim. postgresql+psycopg://kayttaja@palvelin/kuntasome (oletus: tietokansion SQLite-tiedosto)</translation>
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
        <translation>KOMENTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="165"/>
        <source>The database is in use by another command or window and stayed so too long. Nothing was changed; try again when it has finished.</source>
        <translation>Tietokanta on toisen komennon tai ikkunan käytössä, eikä se vapautunut ajoissa. Mitään ei muutettu; yritä uudelleen, kun toinen on valmis.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="178"/>
        <source>The command stopped on an unexpected error ({error}). What it had not finished was not saved. The details are in the log file {log}; please send it to whoever supports KuntaSome for you.</source>
        <translation>Komento pysähtyi odottamattomaan virheeseen ({error}). Sitä, mitä se ei ollut saanut valmiiksi, ei tallennettu. Tarkemmat tiedot ovat lokitiedostossa {log}; lähetä se KuntaSomen tukihenkilöllenne.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/__init__.py" line="229"/>
        <source>The command stopped: {file}: {reason}.</source>
        <translation>Komento keskeytyi: {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="69"/>
        <source>fill an empty database with a fictional bilingual municipality</source>
        <translation>täytä tyhjä tietokanta kuvitteellisen kaksikielisen kunnan tiedoilla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="70"/>
        <source>Fill an empty database with the fictional town of Kallioranta – Bergstrand: channels, people, posts, moderation entries, check-ins and statistics.</source>
        <translation>Täyttää tyhjän tietokannan kuvitteellisen Kalliorannan kaupungin (Bergstrands stad) tiedoilla: kanavat, henkilöt, julkaisut, moderointimerkinnät, seurantatarkistukset ja tilastot.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="77"/>
        <source>random seed (same seed, same data)</source>
        <translation>satunnaisluvun siemen (sama siemen, samat tiedot)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="79"/>
        <source>years of history</source>
        <translation>historian pituus vuosina</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="84"/>
        <source>small: about 12 channels; large: the benchmark municipality</source>
        <translation>small: noin 12 kanavaa; large: suorituskykytestien suuri kunta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="198"/>
        <location filename="../src/kuntasome/cli/database.py" line="89"/>
        <location filename="../src/kuntasome/cli/options.py" line="68"/>
        <location filename="../src/kuntasome/cli/people.py" line="71"/>
        <source>DATE</source>
        <translation>PÄIVÄ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="90"/>
        <source>the date the demo is built around (default: today)</source>
        <translation>päivä, jonka ympärille esittelyaineisto rakennetaan (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="56"/>
        <source>print the result as JSON</source>
        <translation>tulosta tulos JSON-muodossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="113"/>
        <source>The database is in use by another command; waiting for it…</source>
        <translation>Tietokanta on toisen komennon käytössä; odotetaan, että se vapautuu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="97"/>
        <source>check the database&apos;s integrity and migration state</source>
        <translation>tarkista tietokannan eheys ja rakenneversio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="98"/>
        <source>Check the database&apos;s integrity and migration state. Changes nothing.</source>
        <translation>Tarkistaa tietokannan eheyden ja rakenneversion. Ei muuta mitään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="105"/>
        <source>also compare every index with its table (slower)</source>
        <translation>vertaa myös jokaista indeksiä tauluunsa (hitaampi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="52"/>
        <source>the channel register</source>
        <translation>kanavarekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="53"/>
        <source>The channel register.</source>
        <translation>Kanavarekisteri.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="58"/>
        <source>list every channel in the register</source>
        <translation>luettele kaikki rekisterin kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="62"/>
        <source>add a channel to the register</source>
        <translation>lisää kanava rekisteriin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="63"/>
        <source>SERVICE</source>
        <translation>PALVELU</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="66"/>
        <source>ADDRESS</source>
        <translation>OSOITE</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="67"/>
        <source>the handle or the profile&apos;s address</source>
        <translation>käyttäjänimi tai profiilin osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="69"/>
        <source>the name people see</source>
        <translation>nimi, jonka käyttäjät näkevät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="74"/>
        <source>lifecycle status (default: requested)</source>
        <translation>elinkaaren tila (oletus: haettu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="76"/>
        <source>the unit that owns it</source>
        <translation>yksikkö, jolle kanava kuuluu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="81"/>
        <source>languages it posts in (default: the organisation&apos;s)</source>
        <translation>julkaisukielet (oletus: organisaation kielet)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="83"/>
        <source>what the channel is for</source>
        <translation>kanavan käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="85"/>
        <source>show it on the public list</source>
        <translation>näytä julkisessa kanavaluettelossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="92"/>
        <source>move a channel along its lifecycle</source>
        <translation>vaihda kanavan elinkaaren tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="95"/>
        <source>STATUS</source>
        <translation>TILA</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="97"/>
        <source>why (kept in the audit log)</source>
        <translation>perustelu (tallentuu tapahtumalokiin)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="115"/>
        <source>the public list of official channels for the website</source>
        <translation>julkinen luettelo virallisista kanavista verkkosivuille</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="123"/>
        <source>language of the list</source>
        <translation>luettelon kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="30"/>
        <source>back up the database, evidence, media and settings into one file</source>
        <translation>varmuuskopioi tietokanta, todisteet, mediatiedostot ja asetukset yhteen tiedostoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="31"/>
        <source>Back up everything in the data folder into one zip file while the application may be running: a consistent copy of the database, the evidence and media files, the settings (never the passwords: they stay in the keyring) and a manifest with every file&apos;s SHA-256.</source>
        <translation>Varmuuskopioi tietokansion koko sisältö yhteen zip-tiedostoon, vaikka sovellus olisi käynnissä: yhtenäinen kopio tietokannasta, todiste- ja mediatiedostot, asetukset (ei koskaan salasanoja: ne pysyvät salasanasäilössä) sekä luettelo, jossa on jokaisen tiedoston SHA-256-tiiviste.</translation>
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
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="43"/>
        <source>the file to write (default: a new file in the backups folder)</source>
        <translation>kirjoitettava tiedosto (oletus: uusi tiedosto varmuuskopiokansiossa)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="50"/>
        <source>restore a backup into a data folder</source>
        <translation>palauta varmuuskopio tietokansioon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="51"/>
        <source>Check every file of a backup against its checksum, then restore it into the data folder. A folder that already holds data is replaced only with --replace, and its data is moved aside, never deleted. A backup from an older version is migrated.</source>
        <translation>Tarkistaa varmuuskopion jokaisen tiedoston tiivisteen ja palauttaa sen sitten tietokansioon. Kansio, jossa on jo tietoja, korvataan vain valitsimella --replace, ja sen tiedot siirretään talteen, niitä ei koskaan poisteta. Vanhemman version varmuuskopio päivitetään nykyiseen rakenteeseen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="63"/>
        <source>restore over the data in the folder; that data is moved into {folder} first</source>
        <translation>palauta kansion nykyisten tietojen päälle; ne siirretään ensin kansioon {folder}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="72"/>
        <source>only check the backup&apos;s checksums; change nothing</source>
        <translation>tarkista vain varmuuskopion tiivisteet; älä muuta mitään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="79"/>
        <source>the data folder to restore into</source>
        <translation>tietokansio, johon palautetaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="138"/>
        <source>Backed up %n file(s) ({size}) → {file}</source>
        <translation>
            <numerusform>Varmuuskopioitiin %n tiedosto ({size}) → {file}</numerusform>
            <numerusform>Varmuuskopioitiin %n tiedostoa ({size}) → {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="149"/>
        <source>Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}): %n file(s), {size}.</source>
        <translation>
            <numerusform>Varmuuskopio: {organisation}, tehty {made} KuntaSomen versiolla {version} (rakenneversio {revision}): %n tiedosto, {size}.</numerusform>
            <numerusform>Varmuuskopio: {organisation}, tehty {made} KuntaSomen versiolla {version} (rakenneversio {revision}): %n tiedostoa, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="182"/>
        <source>Every file matches its checksum.</source>
        <translation>Jokainen tiedosto vastaa tiivistettään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="200"/>
        <source>Restored into {folder}.</source>
        <translation>Palautettu kansioon {folder}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="204"/>
        <source>The database was brought up to date from schema {revision}.</source>
        <translation>Tietokannan rakenne päivitettiin versiosta {revision}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="211"/>
        <source>The data that was in the folder was moved to {folder}.</source>
        <translation>Kansiossa olleet tiedot siirrettiin kansioon {folder}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="217"/>
        <source>The computer&apos;s password store (keyring) is not available: the channels&apos; passwords and backup codes cannot be checked.</source>
        <translation>Tietokoneen salasanasäilö ei ole käytettävissä: kanavien salasanoja ja varakoodeja ei voi tarkistaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="225"/>
        <source>Not in this computer&apos;s password store (the keyring is never in a backup); enter them again in each channel&apos;s Security tab:</source>
        <translation>Puuttuvat tämän tietokoneen salasanasäilöstä (salasanasäilö ei ole koskaan varmuuskopiossa); syötä ne uudelleen kunkin kanavan Tietoturva-välilehdellä:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="105"/>
        <source>import a channel inventory spreadsheet (CSV or XLSX), all or nothing</source>
        <translation>tuo kanavaluettelo taulukosta (CSV tai XLSX), kaikki tai ei mitään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="76"/>
        <location filename="../src/kuntasome/cli/common.py" line="65"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="78"/>
        <source>file to write</source>
        <translation>kirjoitettava tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="28"/>
        <source>channel passwords and backup codes in the keyring</source>
        <translation>kanavien salasanat ja varakoodit salasanasäilössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="29"/>
        <source>Channel passwords, backup codes, tokens and recovery notes live in the computer&apos;s password store (keyring), never in the database.</source>
        <translation>Kanavien salasanat, varakoodit, API-avaimet ja palautustiedot säilytetään tietokoneen salasanasäilössä, ei koskaan tietokannassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="39"/>
        <source>store a secret; the value is read from standard input</source>
        <translation>tallenna salaisuus; arvo luetaan vakiosyötteestä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="59"/>
        <source>snapshots for the public-records archive (BagIt)</source>
        <translation>arkistopaketit arkistonmuodostukseen (BagIt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="64"/>
        <source>write a period&apos;s snapshot as a BagIt bag</source>
        <translation>tee ajanjakson arkistopaketti BagIt-muodossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="65"/>
        <source>Write a period&apos;s records as a BagIt bag (RFC 8493): the channel register with its status and access history, posts, the moderation log with every version and its evidence, blocks, check-ins, statistics, the period&apos;s management report and the audit log, with a README that explains every file and column.</source>
        <translation>Tekee ajanjakson asiakirjoista BagIt-paketin (RFC 8493): kanavarekisteri tila- ja käyttöoikeushistorioineen, julkaisut, moderointiloki kaikkine versioineen ja todisteineen, estot, seurantatarkistukset, tilastot, ajanjakson johdon raportti ja tapahtumaloki sekä README-tiedosto, joka selittää jokaisen tiedoston ja sarakkeen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="77"/>
        <source>a half-year (2026-H1), year, quarter or month</source>
        <translation>puolivuotiskausi (2026-H1), vuosi, vuosineljännes tai kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="83"/>
        <source>BagIt (RFC 8493) or E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</source>
        <translation>BagIt (RFC 8493) tai E-ARK SIP 2.1 (FGS Paketstruktur 2.0)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="90"/>
        <source>a folder, a zip file or a tar file (default: a folder)</source>
        <translation>kansio, zip-tiedosto tai tar-tiedosto (oletus: kansio)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="97"/>
        <source>language of the README and the report (default: yours)</source>
        <translation>README-tiedoston ja raportin kieli (oletus: oma kielesi)</translation>
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
        <translation>KANAVA</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="102"/>
        <source>only this channel: the final snapshot of a closed channel</source>
        <translation>vain tämä kanava: suljetun kanavan viimeinen arkistopaketti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="108"/>
        <location filename="../src/kuntasome/cli/archive.py" line="130"/>
        <source>PATH</source>
        <translation>POLKU</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="109"/>
        <source>the folder or file to write (must not exist)</source>
        <translation>kirjoitettava kansio tai tiedosto (ei saa olla olemassa)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="115"/>
        <source>who makes the snapshot (number, e-mail address or name)</source>
        <translation>arkistopaketin tekijä (numero, sähköpostiosoite tai nimi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="122"/>
        <source>check a bag: every file against its checksums</source>
        <translation>tarkista paketti: jokainen tiedosto tiivisteitään vasten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="123"/>
        <source>Check a BagIt bag or an E-ARK package (folder, zip or tar): every file against every manifest or METS, no file missing or added. Exit status 1 and the file named when something changed.</source>
        <translation>Tarkistaa BagIt- tai E-ARK-paketin (kansio, zip tai tar): jokaisen tiedoston jokaista luetteloa tai METS-tiedostoa vasten ja ettei tiedostoja puutu tai ole lisätty. Paluuarvo 1 ja tiedoston nimi, jos jotain on muuttunut.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="135"/>
        <source>the half-year whose snapshot has not been made</source>
        <translation>puolivuotiskausi, jonka arkistopaketti on tekemättä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="140"/>
        <source>the snapshots made</source>
        <translation>tehdyt arkistopaketit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="145"/>
        <source>the records plan: codes and retention of each record</source>
        <translation>tiedonohjaussuunnitelma: asiakirjojen tehtäväluokat ja säilytysajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="149"/>
        <source>each record type&apos;s code, retention and publicity</source>
        <translation>kunkin asiakirjatyypin tehtäväluokka, säilytysaika ja julkisuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="155"/>
        <source>set a record type&apos;s code, title or retention period</source>
        <translation>aseta asiakirjatyypin tehtäväluokka, nimi tai säilytysaika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="157"/>
        <source>TYPE</source>
        <translation>TYYPPI</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="158"/>
        <source>its task code in the records plan</source>
        <translation>tehtäväluokka tiedonohjaussuunnitelmassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="159"/>
        <source>the code&apos;s title in the plan</source>
        <translation>tehtäväluokan nimi suunnitelmassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="163"/>
        <source>YEARS</source>
        <translation>VUODET</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="164"/>
        <source>how many years it is kept (0: permanently)</source>
        <translation>säilytysaika vuosina (0: pysyvästi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="172"/>
        <source>dispose of the records past their retention (with a decision)</source>
        <translation>hävitä säilytysajan ylittäneet asiakirjat (päätöksellä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="173"/>
        <source>List, or dispose of, the records past their retention period and not on a legal hold: moderation entries lose their personal data (the chain records it and still verifies), evidence files are deleted, old check-ins, statistics, posts and audit entries removed. Every disposal goes into the disposal log with its decision and the person who approved it.</source>
        <translation>Luettelee tai hävittää asiakirjat, joiden säilytysaika on päättynyt ja joita ei koske hävittämiskielto: moderointimerkinnöistä poistetaan henkilötiedot (tiivisteketju kirjaa sen ja pysyy tarkistettavana), todistetiedostot poistetaan ja vanhat seurantatarkistukset, tilastot, julkaisut ja tapahtumalokin merkinnät poistetaan. Jokainen hävittäminen kirjataan hävittämislokiin päätöksineen ja hyväksyjineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="184"/>
        <source>only list; change nothing</source>
        <translation>vain luettelo; älä muuta mitään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="187"/>
        <source>dispose of them now</source>
        <translation>hävitä ne nyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="193"/>
        <source>the decision that approves it, e.g. its body, date and number</source>
        <translation>hävittämisen hyväksyvä päätös, esim. toimielin, päivämäärä ja pykälä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="199"/>
        <source>the day retention is counted to (default: today)</source>
        <translation>päivä, johon säilytysaika lasketaan (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="206"/>
        <source>the disposal log: what was disposed of, when, why</source>
        <translation>hävittämisloki: mitä hävitettiin, milloin ja miksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="212"/>
        <source>legal holds: records that must not be disposed of</source>
        <translation>hävittämiskiellot: asiakirjat, joita ei saa hävittää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="216"/>
        <source>hold a channel, an account or a moderation entry</source>
        <translation>aseta hävittämiskielto kanavalle, tilille tai moderointimerkinnälle</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="220"/>
        <source>ACCOUNT</source>
        <translation>TILI</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="221"/>
        <source>ENTRY</source>
        <translation>MERKINTÄ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="226"/>
        <source>why, e.g. the complaint or case number</source>
        <translation>syy, esim. kantelun tai asian numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="231"/>
        <source>lift a hold</source>
        <translation>pura hävittämiskielto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="232"/>
        <source>HOLD</source>
        <translation>KIELTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="237"/>
        <source>the legal holds</source>
        <translation>hävittämiskiellot</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="270"/>
        <source>Snapshot of {period}: %n file(s) → {path}</source>
        <translation>
            <numerusform>Arkistopaketti {period}: %n tiedosto → {path}</numerusform>
            <numerusform>Arkistopaketti {period}: %n tiedostoa → {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="285"/>
        <source>The E-ARK package is intact: %n file(s), every SHA-256 in its METS matches.</source>
        <translation>
            <numerusform>E-ARK-paketti on eheä: %n tiedosto, jokainen METS-tiedoston SHA-256-tiiviste täsmää.</numerusform>
            <numerusform>E-ARK-paketti on eheä: %n tiedostoa, jokainen METS-tiedoston SHA-256-tiiviste täsmää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="308"/>
        <source>The bag is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>Paketti on eheä: %n tiedosto, jokainen tiiviste ({algorithms}) täsmää.</numerusform>
            <numerusform>Paketti on eheä: %n tiedostoa, jokainen tiiviste ({algorithms}) täsmää.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="326"/>
        <source>The snapshot of {period} is due.</source>
        <translation>Ajanjakson {period} arkistopaketti on tekemättä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="328"/>
        <source>Every half-year&apos;s snapshot has been made.</source>
        <translation>Kaikkien puolivuotiskausien arkistopaketit on tehty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="353"/>
        <source>No snapshots made yet.</source>
        <translation>Arkistopaketteja ei ole vielä tehty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="401"/>
        <source>(no code set)</source>
        <translation>(tehtäväluokkaa ei asetettu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="404"/>
        <source>permanent</source>
        <translation>pysyvä</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="406"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="414"/>
        <source>Some record types have no code of your organisation&apos;s records plan yet: kuntasome records plan set TYPE --code CODE.</source>
        <translation>Osalta asiakirjatyypeistä puuttuu vielä organisaation tiedonohjaussuunnitelman tehtäväluokka: kuntasome records plan set TYYPPI --code LUOKKA.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="426"/>
        <source>{title}: %n past retention (before {date})</source>
        <translation>
            <numerusform>{title}: %n säilytysajan ylittänyt (ennen {date})</numerusform>
            <numerusform>{title}: %n säilytysajan ylittänyttä (ennen {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="431"/>
        <source>%n on a legal hold</source>
        <translation>
            <numerusform>%n hävittämiskiellossa</numerusform>
            <numerusform>%n hävittämiskiellossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="433"/>
        <source>%n from the old, broken chain: cannot be erased</source>
        <translation>
            <numerusform>%n vanhasta, rikkoutuneesta ketjusta: ei voi poistaa</numerusform>
            <numerusform>%n vanhasta, rikkoutuneesta ketjusta: ei voi poistaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="477"/>
        <source>Nothing was changed. To dispose of these: --approve --decision TEXT --as PERSON.</source>
        <translation>Mitään ei muutettu. Hävittääksesi nämä: --approve --decision TEKSTI --as HENKILÖ.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="485"/>
        <source>Disposed of, and written to the disposal log ({entries}).</source>
        <translation>Hävitetty ja kirjattu hävittämislokiin ({entries}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="499"/>
        <source>Nothing has been disposed of.</source>
        <translation>Mitään ei ole hävitetty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="522"/>
        <source>Hold {id} placed: nothing it covers is disposed of.</source>
        <translation>Hävittämiskielto {id} asetettu: mitään sen piiriin kuuluvaa ei hävitetä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="531"/>
        <source>Hold {id} lifted.</source>
        <translation>Hävittämiskielto {id} purettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="542"/>
        <source>No legal holds.</source>
        <translation>Ei hävittämiskieltoja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="545"/>
        <source>active</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="545"/>
        <source>lifted</source>
        <translation>purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/common.py" line="73"/>
        <source>channel id, handle or platform:handle</source>
        <translation>kanavan numero, käyttäjänimi tai palvelu:käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="45"/>
        <source>which secrets a channel has (never their values)</source>
        <translation>mitä salaisuuksia kanavalla on (ei koskaan niiden arvoja)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="51"/>
        <source>who does this (number, e-mail address or name), for the audit log</source>
        <translation>kuka tekee muutoksen (numero, sähköpostiosoite tai nimi), tapahtumalokia varten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="79"/>
        <source>people and their access to channels</source>
        <translation>henkilöt ja heidän käyttöoikeutensa kanaviin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="80"/>
        <source>People and their access to channels.</source>
        <translation>Henkilöt ja heidän käyttöoikeutensa kanaviin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="85"/>
        <source>add a person to the people register</source>
        <translation>lisää henkilö henkilörekisteriin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="87"/>
        <source>e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="88"/>
        <source>job title</source>
        <translation>tehtävänimike</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="89"/>
        <source>the unit they work in</source>
        <translation>yksikkö, jossa henkilö työskentelee</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="95"/>
        <source>a role in the team; repeatable</source>
        <translation>rooli tiimissä; voi antaa useita</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="98"/>
        <source>how they sign their answers</source>
        <translation>allekirjoitus vastauksiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="106"/>
        <source>what to revoke when a person leaves: every channel and role</source>
        <translation>mitä poistetaan, kun henkilö lähtee: kaikki kanavat ja roolit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="113"/>
        <source>also write the checklist to print, as PDF (.pdf) or CSV (.csv)</source>
        <translation>kirjoita tarkistuslista myös tulostettavaksi, PDF- (.pdf) tai CSV-tiedostoksi (.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="120"/>
        <source>who can log in to a channel: grant, verify, revoke</source>
        <translation>kanavien käyttöoikeudet: myönnä, tarkista, peru</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="121"/>
        <source>Who can log in to a channel, in which role.</source>
        <translation>Kuka voi kirjautua kanavalle ja missä roolissa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="127"/>
        <source>record that a person was given access</source>
        <translation>kirjaa, että henkilölle myönnettiin käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="130"/>
        <source>record that the access was checked on the platform</source>
        <translation>kirjaa, että käyttöoikeus tarkistettiin palvelussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="133"/>
        <source>record that the access was removed</source>
        <translation>kirjaa, että käyttöoikeus poistettiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="142"/>
        <source>the role on the channel</source>
        <translation>rooli kanavalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="168"/>
        <source>Person {id} added: {name}</source>
        <translation>Henkilö {id} lisätty: {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="231"/>
        <source>Access granted: {role} on {platform}:{handle}</source>
        <translation>Käyttöoikeus myönnetty: {role} kanavalle {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="251"/>
        <source>Access verified on {platform}:{handle}</source>
        <translation>Käyttöoikeus tarkistettu kanavalla {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="256"/>
        <source>Access revoked on {platform}:{handle}</source>
        <translation>Käyttöoikeus poistettu kanavalta {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="45"/>
        <source>record a handled comment, with screenshots as evidence</source>
        <translation>kirjaa käsitelty kommentti ja kuvakaappaukset todisteeksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="46"/>
        <source>Record a handled comment or message in the log. Times are local, e.g. 2026-12-03T09:15. A removal needs a screenshot (--evidence) or the reason why none could be taken (--no-evidence-reason).</source>
        <translation>Kirjaa käsitelty kommentti tai viesti lokiin. Ajat ovat paikallista aikaa, esim. 2026-12-03T09:15. Poistoon tarvitaan kuvakaappaus (--evidence) tai syy, miksi sitä ei voitu ottaa (--no-evidence-reason).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="56"/>
        <source>when it was seen (default: now)</source>
        <translation>milloin se huomattiin (oletus: nyt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="57"/>
        <source>when it was posted</source>
        <translation>milloin se kirjoitettiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="58"/>
        <source>when it was answered</source>
        <translation>milloin siihen vastattiin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="59"/>
        <source>removal reason code</source>
        <translation>poistoperusteen koodi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="60"/>
        <source>the writer&apos;s handle</source>
        <translation>kirjoittajan käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="61"/>
        <source>the comment&apos;s web address</source>
        <translation>kommentin verkko-osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="62"/>
        <source>the comment&apos;s text</source>
        <translation>kommentin teksti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="63"/>
        <source>the answer given</source>
        <translation>annettu vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="64"/>
        <source>registry case number</source>
        <translation>kirjaamon diaarinumero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="114"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="67"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="108"/>
        <location filename="../src/kuntasome/cli/people.py" line="50"/>
        <location filename="../src/kuntasome/cli/people.py" line="62"/>
        <source>PERSON</source>
        <translation>HENKILÖ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="68"/>
        <source>who handled it (default: the person given with --as)</source>
        <translation>käsittelijä (oletus: --as-valitsimella annettu henkilö)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="75"/>
        <source>screenshots taken before the removal (PNG, JPEG, …)</source>
        <translation>ennen poistoa otetut kuvakaappaukset (PNG, JPEG, …)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="80"/>
        <source>why no screenshot could be taken</source>
        <translation>syy, miksi kuvakaappausta ei voitu ottaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="87"/>
        <source>record that the channels were checked now</source>
        <translation>kirjaa, että kanavat tarkistettiin nyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="94"/>
        <source>a channel checked; repeatable (default: every watched channel)</source>
        <translation>tarkistettu kanava; voi antaa useita (oletus: kaikki seurattavat kanavat)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="96"/>
        <source>when, local time (default: now)</source>
        <translation>milloin, paikallista aikaa (oletus: nyt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="101"/>
        <source>add an account to the block register</source>
        <translation>lisää tili estorekisteriin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="103"/>
        <source>the blocked account</source>
        <translation>estetty tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="104"/>
        <source>why it was blocked</source>
        <translation>eston peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="72"/>
        <source>the day (default: today)</source>
        <translation>päivä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="109"/>
        <source>who decided (default: the person given with --as)</source>
        <translation>päätöksen tekijä (oletus: --as-valitsimella annettu henkilö)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="111"/>
        <source>the log entry it follows</source>
        <translation>lokimerkintä, johon esto liittyy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="116"/>
        <source>lift a block; the register keeps it</source>
        <translation>pura esto; se säilyy rekisterissä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="117"/>
        <source>BLOCK</source>
        <translation>ESTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="118"/>
        <source>why it was lifted</source>
        <translation>purkamisen peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="164"/>
        <source>Entry {entry_id} added to the moderation log.</source>
        <translation>Merkintä {entry_id} lisätty moderointilokiin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="176"/>
        <source>Checked now: %n channel(s).</source>
        <translation>
            <numerusform>Tarkistettu nyt: %n kanava.</numerusform>
            <numerusform>Tarkistettu nyt: %n kanavaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="196"/>
        <source>Block {block_id} added to the register.</source>
        <translation>Esto {block_id} lisätty rekisteriin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="216"/>
        <source>Block {id} lifted; the register keeps it.</source>
        <translation>Esto {id} purettu; se säilyy rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="63"/>
        <source>person&apos;s number, e-mail address or name</source>
        <translation>henkilön numero, sähköpostiosoite tai nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="175"/>
        <source>Demo data created in {seconds} seconds:</source>
        <translation>Esittelyaineisto luotiin {seconds} sekunnissa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="33"/>
        <source>create a new, empty register for an organisation</source>
        <translation>luo organisaatiolle uusi, tyhjä rekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="34"/>
        <source>Create a new, empty register (database) for an organisation. Refuses a data folder or database that already holds one.</source>
        <translation>Luo organisaatiolle uusi, tyhjä rekisteri (tietokanta). Ei korvaa tietokansiota tai tietokantaa, jossa on jo rekisteri.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="43"/>
        <location filename="../src/kuntasome/cli/people.py" line="86"/>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="44"/>
        <source>the organisation&apos;s name, e.g. Kallioranta – Bergstrand</source>
        <translation>organisaation nimi, esim. Kallioranta – Bergstrand</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="50"/>
        <source>FI or SE: public holidays, the law and the default time zone</source>
        <translation>FI tai SE: pyhäpäivät, lainsäädäntö ja oletusaikavyöhyke</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="54"/>
        <source>ZONE</source>
        <translation>VYÖHYKE</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="56"/>
        <source>time zone, e.g. Europe/Helsinki (default: the country&apos;s)</source>
        <translation>aikavyöhyke, esim. Europe/Helsinki (oletus: maan aikavyöhyke)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="62"/>
        <source>content languages, comma-separated (default: fi,sv)</source>
        <translation>sisällön kielet pilkuin eroteltuina (oletus: fi,sv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="117"/>
        <source>Unknown content language: {unknown} (choose from fi, sv, en).</source>
        <translation>Tuntematon sisällön kieli: {unknown} (vaihtoehdot: fi, sv, en).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="142"/>
        <source>Register created for {name} ({country}, {time_zone}).</source>
        <translation>Rekisteri luotu: {name} ({country}, {time_zone}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="180"/>
        <source>channels</source>
        <translation>kanavaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="181"/>
        <source>people</source>
        <translation>henkilöä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="182"/>
        <source>posts</source>
        <translation>julkaisua</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="183"/>
        <source>post targets</source>
        <translation>julkaisukohdetta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="184"/>
        <source>moderation entries</source>
        <translation>moderointimerkintää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="185"/>
        <source>blocked users</source>
        <translation>estettyä käyttäjää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="186"/>
        <source>monitoring check-ins</source>
        <translation>seurantatarkistusta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="187"/>
        <source>metric values</source>
        <translation>tilastoarvoa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="208"/>
        <source>Database: {database}</source>
        <translation>Tietokanta: {database}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="213"/>
        <source>No problems found.</source>
        <translation>Ongelmia ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/database.py" line="215"/>
        <source>Problems found.</source>
        <translation>Ongelmia löytyi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="138"/>
        <location filename="../src/kuntasome/cli/channels.py" line="227"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n kanava</numerusform>
            <numerusform>%n kanavaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="166"/>
        <source>Channel {id} added: {platform}:{handle}</source>
        <translation>Kanava {id} lisätty: {platform}:{handle}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="190"/>
        <source>{platform}:{handle} is now {status}.</source>
        <translation>Kanavan {platform}:{handle} tila on nyt {status}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/channels.py" line="207"/>
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="213"/>
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>Tuotiin %n kanava.</numerusform>
            <numerusform>Tuotiin %n kanavaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="54"/>
        <source>Secret (not shown): </source>
        <translation>Salaisuus (ei näytetä): </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/secrets.py" line="66"/>
        <source>Saved in the password store: {kind} of {handle}.</source>
        <translation>Tallennettu salasanasäilöön: {kind}, kanava {handle}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="185"/>
        <source>Access to revoke for {name}:</source>
        <translation>Käyttäjältä {name} poistettavat käyttöoikeudet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="190"/>
        <source>Responsible manager of (choose a new one):</source>
        <translation>Vastuuesihenkilönä näissä kanavissa (valitse uusi):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="31"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>ei ole päivämäärä (VVVV-KK-PP): {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="36"/>
        <source>{value} is not between {first} and {last}</source>
        <translation>{value} ei ole väliltä {first}–{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="53"/>
        <source>not a number of years from 1 to 30: {value}</source>
        <translation>ei vuosimäärä väliltä 1–30: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="42"/>
        <source>first day (default: today)</source>
        <translation>ensimmäinen päivä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="43"/>
        <source>last day (default: 30 days from the first)</source>
        <translation>viimeinen päivä (oletus: 30 päivää ensimmäisestä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="49"/>
        <source>only this channel (id, service:handle or handle); repeatable</source>
        <translation>vain tämä kanava (kanavan numero, palvelu:käyttäjänimi tai käyttäjänimi); voi toistaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="56"/>
        <source>the posting calendar</source>
        <translation>julkaisukalenteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="57"/>
        <source>The posting calendar.</source>
        <translation>Julkaisukalenteri.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="62"/>
        <source>list the posts of a period</source>
        <translation>luettele ajanjakson julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="69"/>
        <source>export the plan as an iCalendar (.ics) file for Outlook</source>
        <translation>vie suunnitelma iCalendar-tiedostona (.ics) Outlookia varten</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="83"/>
        <source>language of the post texts in the file</source>
        <translation>tiedoston julkaisutekstien kieli</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/calendar.py" line="131"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="177"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n julkaisu</numerusform>
            <numerusform>%n julkaisua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="42"/>
        <source>first day (seen on)</source>
        <translation>ensimmäinen päivä (havaittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="43"/>
        <source>last day (seen on)</source>
        <translation>viimeinen päivä (havaittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="50"/>
        <source>the moderation and dialogue log</source>
        <translation>moderointi- ja vuorovaikutusloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="51"/>
        <source>The moderation and dialogue log.</source>
        <translation>Moderointi- ja vuorovaikutusloki.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="57"/>
        <source>list the entries of a period (default: the last 30 days)</source>
        <translation>luettele ajanjakson merkinnät (oletus: viimeiset 30 päivää)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="63"/>
        <source>check the hash chain of the log and every evidence file</source>
        <translation>tarkista lokin tiivisteketju ja jokainen todistetiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="65"/>
        <source>export the log of a period</source>
        <translation>vie ajanjakson loki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="72"/>
        <source>CSV for spreadsheets, PDF/A for the archive</source>
        <translation>CSV taulukkolaskentaan, PDF/A arkistoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="81"/>
        <source>the register of blocked accounts</source>
        <translation>estettyjen tilien rekisteri</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="150"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="192"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="159"/>
        <source>%n entry(s) checked</source>
        <translation>
            <numerusform>%n merkintä tarkistettu</numerusform>
            <numerusform>%n merkintää tarkistettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="161"/>
        <source>%n evidence file(s) checked</source>
        <translation>
            <numerusform>%n todistetiedosto tarkistettu</numerusform>
            <numerusform>%n todistetiedostoa tarkistettu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="164"/>
        <source>The moderation log is intact: {summary}.</source>
        <translation>Moderointiloki on ehjä: {summary}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="168"/>
        <source>The moderation log has been tampered with: {summary}.</source>
        <translation>Moderointilokia on muutettu luvatta: {summary}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="223"/>
        <source>unblocked {unblocked_on}</source>
        <translation>esto purettu {unblocked_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation.py" line="227"/>
        <source>blocked</source>
        <translation>estetty</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="230"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n esto</numerusform>
            <numerusform>%n estoa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="36"/>
        <source>statistics from the platforms&apos; export files</source>
        <translation>tilastot palvelujen vientitiedostoista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="37"/>
        <source>Statistics from the platforms&apos; export files.</source>
        <translation>Tilastot palvelujen vientitiedostoista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="44"/>
        <source>import export files (the kind is recognised)</source>
        <translation>tuo vientitiedostoja (laji tunnistetaan)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="50"/>
        <source>the channel for accounts not seen before (id, service:handle)</source>
        <translation>kanava aiemmin tuntemattomille tileille (kanavan numero tai palvelu:käyttäjänimi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="54"/>
        <source>what is stored, per channel and metric</source>
        <translation>tallennetut luvut kanavittain ja mittareittain</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="59"/>
        <source>draw a chart as PNG or SVG</source>
        <translation>piirrä kaavio PNG- tai SVG-tiedostoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="63"/>
        <source>KIND</source>
        <translation>LAJI</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="64"/>
        <source>followers, reach, engagement_rate, frequency or top_posts</source>
        <translation>followers, reach, engagement_rate, frequency tai top_posts</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="74"/>
        <source>file to write (.png or .svg)</source>
        <translation>kirjoitettava tiedosto (.png tai .svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="82"/>
        <source>first day</source>
        <translation>ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="83"/>
        <source>last day</source>
        <translation>viimeinen päivä</translation>
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
            <numerusform>%n arvo tuotu</numerusform>
            <numerusform>%n arvoa tuotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/statistics.py" line="189"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n arvo</numerusform>
            <numerusform>%n arvoa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="49"/>
        <source>POST</source>
        <translation>JULKAISU</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="49"/>
        <source>post number</source>
        <translation>julkaisun numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="56"/>
        <source>add a post: texts per language, channels and times</source>
        <translation>lisää julkaisu: tekstit kielittäin, kanavat ja ajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="57"/>
        <source>Add a post as a draft. Give the texts and channels as options, or everything as a JSON file: {&quot;title&quot;: …, &quot;texts&quot;: {&quot;fi&quot;: …, &quot;sv&quot;: …}, &quot;targets&quot;: [{&quot;channel&quot;: &quot;facebook:kallioranta&quot;, &quot;at&quot;: &quot;2026-12-03T09:00&quot;}]}. Times are local time.</source>
        <translation>Lisää julkaisu luonnoksena. Anna tekstit ja kanavat valitsimina tai kaikki JSON-tiedostona: {&quot;title&quot;: …, &quot;texts&quot;: {&quot;fi&quot;: …, &quot;sv&quot;: …}, &quot;targets&quot;: [{&quot;channel&quot;: &quot;facebook:kallioranta&quot;, &quot;at&quot;: &quot;2026-12-03T09:00&quot;}]}. Ajat ovat paikallista aikaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="64"/>
        <source>the post&apos;s working title</source>
        <translation>julkaisun työnimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="191"/>
        <location filename="../src/kuntasome/cli/archive.py" line="225"/>
        <location filename="../src/kuntasome/cli/archive.py" line="233"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="69"/>
        <source>TEXT</source>
        <translation>TEKSTI</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="70"/>
        <source>the text in {language}</source>
        <translation>teksti kielellä {language}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="77"/>
        <source>a channel to post on; repeatable</source>
        <translation>julkaisukanava; voi antaa useita</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="81"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="113"/>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="39"/>
        <source>TIME</source>
        <translation>AIKA</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="82"/>
        <source>local date and time for every channel, e.g. 2026-12-03T09:00</source>
        <translation>paikallinen päivä ja kellonaika kaikille kanaville, esim. 2026-12-03T09:00</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="84"/>
        <source>a crisis post</source>
        <translation>kriisitiedote</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="86"/>
        <source>the post as JSON</source>
        <translation>julkaisu JSON-muodossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="93"/>
        <source>send a post for approval</source>
        <translation>lähetä julkaisu hyväksyttäväksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="94"/>
        <source>approve a post (an approver only)</source>
        <translation>hyväksy julkaisu (vain hyväksyjä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="95"/>
        <source>mark an approved post scheduled</source>
        <translation>merkitse hyväksytty julkaisu ajastetuksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="104"/>
        <source>record that a post was published on a channel</source>
        <translation>kirjaa, että julkaisu julkaistiin kanavalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="109"/>
        <source>the published post&apos;s web address</source>
        <translation>julkaistun julkaisun verkko-osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="114"/>
        <source>when it was published, local time (default: now)</source>
        <translation>julkaisuaika paikallista aikaa (oletus: nyt)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="197"/>
        <source>Post {id} ({title}): {status}</source>
        <translation>Julkaisu {id} ({title}): {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="35"/>
        <source>make a management report of a period as PDF/A</source>
        <translation>laadi ajanjakson raportti johdolle PDF/A-muodossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="36"/>
        <source>A management report of a period as a tagged PDF/A: key figures against the previous period and a year earlier, channels, language coverage, dialogue and moderation, register health and accessibility duties.</source>
        <translation>Ajanjakson raportti johdolle saavutettavana PDF/A-tiedostona: tunnusluvut verrattuna edelliseen jaksoon ja vuodentakaiseen, kanavat, kieliversiot, vuorovaikutus ja moderointi, kanavarekisterin kunto ja saavutettavuusvelvoitteet.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/archive.py" line="76"/>
        <location filename="../src/kuntasome/cli/reports.py" line="45"/>
        <source>PERIOD</source>
        <translation>JAKSO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="46"/>
        <source>a month (2026-10), quarter (2026-Q3), half-year (2026-H1) or year (2026)</source>
        <translation>kuukausi (2026-10), vuosineljännes (2026-Q3), vuosipuolisko (2026-H1) tai vuosi (2026)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="53"/>
        <source>first day of a custom period</source>
        <translation>vapaasti valitun jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="54"/>
        <source>last day of a custom period</source>
        <translation>vapaasti valitun jakson viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="61"/>
        <source>language of the report (default: as set for reports)</source>
        <translation>raportin kieli (oletus: raporttien asetus)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="65"/>
        <source>SECTION,…</source>
        <translation>OSIO,…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="67"/>
        <source>the sections to include, comma-separated (default: all): {all}</source>
        <translation>mukaan otettavat osiot pilkuin eroteltuina (oletus: kaikki): {all}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="75"/>
        <source>what the channels&apos; changes are against: the previous period or a year earlier</source>
        <translation>mihin kanavien muutoksia verrataan: edelliseen jaksoon (previous) vai vuodentakaiseen (year)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="83"/>
        <source>a UTF-8 text file whose text goes in as the commentary</source>
        <translation>UTF-8-tekstitiedosto, jonka teksti tulee raporttiin saatteeksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="90"/>
        <source>the PDF file to write</source>
        <translation>kirjoitettava PDF-tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="97"/>
        <source>the logo on every report&apos;s cover (PNG, JPEG or SVG)</source>
        <translation>raporttien kansilehden logo (PNG, JPEG tai SVG)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="102"/>
        <source>no logo on the cover</source>
        <translation>ei logoa kansilehdelle</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="108"/>
        <source>list the reports made</source>
        <translation>luettele laaditut raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="173"/>
        <source>Report of {period} → {file}</source>
        <translation>Raportti jaksolta {period} → {file}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="201"/>
        <source>No reports made yet.</source>
        <translation>Raportteja ei ole vielä laadittu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="215"/>
        <source>The reports&apos; cover shows the logo.</source>
        <translation>Raporttien kansilehdellä on logo.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="217"/>
        <source>The reports&apos; cover has no logo.</source>
        <translation>Raporttien kansilehdellä ei ole logoa.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="35"/>
        <source>blue</source>
        <translation>sininen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="36"/>
        <source>orange</source>
        <translation>oranssi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="37"/>
        <source>green</source>
        <translation>vihreä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="38"/>
        <source>pink</source>
        <translation>vaaleanpunainen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="39"/>
        <source>vermilion</source>
        <translation>punaoranssi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="40"/>
        <source>sky blue</source>
        <translation>taivaansininen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="41"/>
        <source>ochre</source>
        <translation>okra</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="42"/>
        <source>black</source>
        <translation>musta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="43"/>
        <source>wine red</source>
        <translation>viininpunainen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="44"/>
        <source>teal</source>
        <translation>sinivihreä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="45"/>
        <source>indigo</source>
        <translation>indigo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/colours.py" line="46"/>
        <source>olive</source>
        <translation>oliivinvihreä</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="30"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="31"/>
        <source>no identifiable people</source>
        <translation>ei tunnistettavia henkilöitä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="32"/>
        <source>consent obtained</source>
        <translation>suostumus saatu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="33"/>
        <source>consent refused</source>
        <translation>suostumus evätty</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="47"/>
        <source>KuntaSome – unexpected error</source>
        <translation>KuntaSome – odottamaton virhe</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="50"/>
        <source>Something went wrong that KuntaSome did not expect. Your saved data is safe; the action you were doing may not have finished.</source>
        <translation>Tapahtui virhe, jota KuntaSome ei osannut odottaa. Tallennetut tiedot ovat tallessa, mutta juuri tekemäsi toiminto on voinut jäädä kesken.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="58"/>
        <source>The details below were also written to the log file:
{log_file}</source>
        <translation>Alla olevat tiedot on kirjoitettu myös lokitiedostoon:
{log_file}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="69"/>
        <source>Open post</source>
        <translation>Avaa julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="105"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/day_panel.py" line="108"/>
        <source>No posts. Double-click the day or press Enter to add one.</source>
        <translation>Ei julkaisuja. Lisää julkaisu kaksoisnapsauttamalla päivää tai painamalla Enter.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="242"/>
        <source>Channel request: {proposed_name}</source>
        <translation>Kanavahakemus: {proposed_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="249"/>
        <source>Requested by {requested_by} on {created_at} · {status}</source>
        <translation>Hakija {requested_by}, {created_at} · {status}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="265"/>
        <source>{hours_per_week} hours a week</source>
        <translation>{hours_per_week} tuntia viikossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="270"/>
        <source>How does it complement the website?</source>
        <translation>Miten kanava täydentää verkkosivuja?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="275"/>
        <source>profile picture</source>
        <translation>profiilikuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="276"/>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="277"/>
        <source>page rules</source>
        <translation>sivun säännöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="281"/>
        <source>Ready:</source>
        <translation>Valmiina:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="282"/>
        <source>nothing yet</source>
        <translation>ei vielä mitään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="285"/>
        <source>Decision by {decided_by}:</source>
        <translation>Päätöksen teki {decided_by}:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="288"/>
        <source>Address if approved:</source>
        <translation>Osoite, jos hyväksytään:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="289"/>
        <source>The account&apos;s web address or handle</source>
        <translation>Tilin verkko-osoite tai käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="290"/>
        <source>Reason:</source>
        <translation>Perustelu:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="291"/>
        <source>Required for a rejection</source>
        <translation>Pakollinen, jos hakemus hylätään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="292"/>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="293"/>
        <source>Reject</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="297"/>
        <source>Only a responsible manager can decide. If that is you, choose your name under File › Settings › You are.</source>
        <translation>Vain vastuuesihenkilö voi päättää. Jos se olet sinä, valitse nimesi kohdasta Tiedosto › Asetukset › Olet.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="484"/>
        <source>Posts written: {count}</source>
        <translation>Julkaisuja kirjoitettu: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="509"/>
        <source>Moderation entries written: {count}</source>
        <translation>Moderointimerkintöjä kirjoitettu: {count}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="527"/>
        <source>Daily metric values written: {count}</source>
        <translation>Päivittäisiä tilastoarvoja kirjoitettu: {count}</translation>
    </message>
</context>
<context>
    <name>DisposalTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="92"/>
        <source>Records past their retention period and not on a legal hold. Disposing of moderation entries erases what the public wrote (the log&apos;s chain records it and stays verifiable); evidence files are deleted; old check-ins, statistics, posts and audit entries are removed. The register and the reports are kept permanently.</source>
        <translation>Asiakirjat, joiden säilytysaika on päättynyt ja joita ei koske hävittämiskielto. Moderointimerkintöjen hävittäminen poistaa yleisön kirjoittaman tekstin (lokin tiivisteketju kirjaa sen ja pysyy tarkistettavana); todistetiedostot poistetaan; vanhat seurantatarkistukset, tilastot, julkaisut ja tapahtumalokin merkinnät poistetaan. Rekisteri ja raportit säilytetään pysyvästi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="101"/>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="115"/>
        <source>Record type</source>
        <translation>Asiakirjatyyppi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="102"/>
        <source>Past retention</source>
        <translation>Säilytysaika päättynyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="103"/>
        <source>On a legal hold</source>
        <translation>Hävittämiskiellossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="104"/>
        <source>Last dated before</source>
        <translation>Viimeisin päiväys ennen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="105"/>
        <source>Code</source>
        <translation>Tehtäväluokka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="108"/>
        <source>D&amp;ecision</source>
        <translation>&amp;Päätös</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="109"/>
        <source>Who decided, when and its number</source>
        <translation>Kuka päätti, milloin ja pykälä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="110"/>
        <source>&amp;Dispose of these…</source>
        <translation>&amp;Hävitä nämä…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="111"/>
        <source>Disposal log</source>
        <translation>Hävittämisloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="114"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="116"/>
        <source>How many</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="117"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="118"/>
        <source>Approved by</source>
        <translation>Hyväksyjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="155"/>
        <source>Approved by: {name}</source>
        <translation>Hyväksyjä: {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="158"/>
        <source>A disposal is approved by a named person: choose who you are under File › Settings.</source>
        <translation>Hävittämisen hyväksyy nimetty henkilö: valitse, kuka olet, kohdassa Tiedosto › Asetukset.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="180"/>
        <source>Dispose of records</source>
        <translation>Asiakirjojen hävittäminen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="183"/>
        <source>Dispose of these records for good? This cannot be undone.

{lines}

Decision: {decision}
Approved by: {name}</source>
        <translation>Hävitetäänkö nämä asiakirjat lopullisesti? Tätä ei voi perua.

{lines}

Päätös: {decision}
Hyväksyjä: {name}</translation>
    </message>
</context>
<context>
    <name>EndCrisisDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="158"/>
        <source>Crisis mode is off</source>
        <translation>Kriisitila on päättynyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="161"/>
        <source>These posts were paused during the crisis. Ticked posts go back to the calendar at the time shown (times that passed during the crisis are moved to the next hour); the others stay paused until you move them.</source>
        <translation>Nämä julkaisut keskeytettiin kriisin ajaksi. Valitut julkaisut palaavat kalenteriin näytettyyn aikaan (kriisin aikana ohitetut ajat on siirretty seuraavalle tasatunnille); muut pysyvät keskeytettyinä, kunnes siirrät ne.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="166"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="167"/>
        <source>Put back</source>
        <translation>Palauta kalenteriin</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="39"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="41"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="45"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="48"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="49"/>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="50"/>
        <source>Posted</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="51"/>
        <source>Seen</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="52"/>
        <source>Answer due</source>
        <translation>Vastattava viimeistään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="53"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="54"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="55"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="56"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="57"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="58"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="59"/>
        <source>Why no evidence</source>
        <translation>Miksi todistetta ei ole</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="60"/>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="128"/>
        <source>Moderation entry {id}</source>
        <translation>Moderointimerkintä {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="129"/>
        <source>Record the answer…</source>
        <translation>Kirjaa vastaus…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="130"/>
        <source>Correct…</source>
        <translation>Korjaa…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="131"/>
        <source>Block this account…</source>
        <translation>Estä tämä tili…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="139"/>
        <source>Personal data in this entry is kept until {keep_until} (retention).</source>
        <translation>Tämän merkinnän henkilötiedot säilytetään {keep_until} asti (säilytysaika).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="147"/>
        <source>Evidence</source>
        <translation>Todisteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="148"/>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="149"/>
        <source>original picture</source>
        <translation>alkuperäinen kuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_dialog.py" line="165"/>
        <source>Earlier version: entry {id}</source>
        <translation>Aiempi versio: merkintä {id}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="185"/>
        <source>Correct entry {id}</source>
        <translation>Korjaa merkintää {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="187"/>
        <source>New entry</source>
        <translation>Uusi merkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="190"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="191"/>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="192"/>
        <source>&amp;Action</source>
        <translation>To&amp;imenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="193"/>
        <source>&amp;Reason</source>
        <translation>&amp;Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="194"/>
        <source>Case num&amp;ber</source>
        <translation>&amp;Diaarinumero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="195"/>
        <source>&amp;Posted</source>
        <translation>&amp;Julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="196"/>
        <source>S&amp;een</source>
        <translation>&amp;Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="197"/>
        <source>Ans&amp;wered</source>
        <translation>&amp;Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="198"/>
        <source>A&amp;uthor</source>
        <translation>Ki&amp;rjoittaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="199"/>
        <source>Co&amp;mment address</source>
        <translation>Komm&amp;entin osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="200"/>
        <source>C&amp;omment</source>
        <translation>Ko&amp;mmentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="201"/>
        <source>Answer &amp;text</source>
        <translation>V&amp;astaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="202"/>
        <source>Ha&amp;ndler</source>
        <translation>K&amp;äsittelijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="203"/>
        <source>Evidence</source>
        <translation>Todisteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="204"/>
        <source>No evidence</source>
        <translation>Ei todistetta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="208"/>
        <source>answered at</source>
        <translation>vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="210"/>
        <source>the commenter&apos;s account name</source>
        <translation>kommentoijan tilin nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="211"/>
        <source>the registry&apos;s case number</source>
        <translation>kirjaamon diaarinumero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="212"/>
        <source>Paste comment</source>
        <translation>Liitä kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="214"/>
        <source>Paste the comment&apos;s address and text copied from the service</source>
        <translation>Liitä palvelusta kopioitu kommentin osoite ja teksti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="216"/>
        <source>Insert signature</source>
        <translation>Lisää allekirjoitus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="217"/>
        <source>none could be taken, because</source>
        <translation>ei voitu ottaa, koska</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="218"/>
        <source>why no screenshot exists (logged)</source>
        <translation>miksi kuvakaappausta ei ole (kirjataan)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="219"/>
        <source>Save entry</source>
        <translation>Tallenna merkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="220"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="221"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="225"/>
        <source>Saving adds a new version of entry {correcting}; the original stays in the log.</source>
        <translation>Tallentaminen lisää merkinnästä {correcting} uuden version; alkuperäinen säilyy lokissa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_form.py" line="419"/>
        <source>The entry was not saved</source>
        <translation>Merkintää ei tallennettu</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="128"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="129"/>
        <source>Seen</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="130"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="131"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="132"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="133"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="134"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="135"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="141"/>
        <source>overdue (due {due_at})</source>
        <translation>myöhässä (määräaika {due_at})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="143"/>
        <source>waiting, due {due_at}</source>
        <translation>odottaa, määräaika {due_at}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="145"/>
        <source>answered late</source>
        <translation>vastattu myöhässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/entry_table.py" line="147"/>
        <source>answered</source>
        <translation>vastattu</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="74"/>
        <source>{name} is not a KuntaSome database. Choose another file or folder.</source>
        <translation>{name} ei ole KuntaSomen tietokanta. Valitse toinen tiedosto tai kansio.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="82"/>
        <source>The database {name} was made by a newer version of KuntaSome (schema {revision}). Install the newer version to open it. Nothing was changed.</source>
        <translation>Tietokanta {name} on tehty KuntaSomen uudemmalla versiolla (rakenneversio {revision}). Asenna uudempi versio avataksesi sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="96"/>
        <source>The database file {path} is damaged or is not a database ({detail}). Nothing was changed. Restore it from a backup in the backups folder.</source>
        <translation>Tietokantatiedosto {path} on vioittunut tai se ei ole tietokanta ({detail}). Mitään ei muutettu. Palauta tiedosto varmuuskopiokansiossa olevasta varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="108"/>
        <source>The database {path} is in use by another program, or by KuntaSome in another window. Close it and try again.</source>
        <translation>Tietokanta {path} on toisen ohjelman tai toisessa ikkunassa avoinna olevan KuntaSomen käytössä. Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="152"/>
        <source>The database file {path} cannot be written: the file or its folder is read-only. It is not damaged and nothing was changed. Give yourself permission to write to it, or copy the data folder to a place where you can.</source>
        <translation>Tietokantatiedostoon {path} ei voi kirjoittaa: tiedosto tai sen kansio on vain luku -tilassa. Tiedosto ei ole vioittunut, eikä mitään muutettu. Anna itsellesi kirjoitusoikeus tiedostoon tai kopioi datakansio paikkaan, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="205"/>
        <source>Cannot connect to the database server {name}: {detail}</source>
        <translation>Tietokantapalvelimeen {name} ei saada yhteyttä: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="253"/>
        <location filename="../src/kuntasome/core/integrity.py" line="128"/>
        <source>The database file {path} does not exist.</source>
        <translation>Tietokantatiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="260"/>
        <source>The database {name} is empty: it holds no register. Nothing was changed. Restore it from a backup, or make a new register with &apos;kuntasome init&apos;.</source>
        <translation>Tietokanta {name} on tyhjä: siinä ei ole rekisteriä. Mitään ei muutettu. Palauta se varmuuskopiosta tai luo uusi rekisteri komennolla &apos;kuntasome init&apos;.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/state.py" line="83"/>
        <source>The database already holds {count} channels. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <extracomment>Set while the demo is written; left behind when it is interrupted.</extracomment>
        <translation>Tietokannassa on jo {count} kanavaa. Esittelyaineiston voi luoda vain tyhjään tietokantaan: käytä toista tietokansiota (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/state.py" line="92"/>
        <source>The database already holds people or units. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <translation>Tietokannassa on jo henkilöitä tai yksiköitä. Esittelyaineisto tallennetaan vain tyhjään tietokantaan: käytä toista tietokansiota (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="79"/>
        <source>“{value}” is not a valid {platform} address. Write it like this: {example}</source>
        <translation>”{value}” ei ole kelvollinen {platform}-osoite. Kirjoita se esimerkiksi näin: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="94"/>
        <source>Use a secure https:// address, not http://: {value}</source>
        <translation>Käytä suojattua https://-osoitetta, ei http://-osoitetta: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="109"/>
        <source>Unknown platform: {platform}</source>
        <translation>Tuntematon palvelu: {platform}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="52"/>
        <source>No channel {ref} in the register.</source>
        <translation>Kanavaa {ref} ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="145"/>
        <source>The review interval must be 1–60 months.</source>
        <translation>Arviointivälin on oltava 1–60 kuukautta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="148"/>
        <source>A colour is written #RRGGBB, e.g. #0072B2.</source>
        <translation>Väri kirjoitetaan muodossa #RRGGBB, esimerkiksi #0072B2.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="151"/>
        <source>Choose at least one language.</source>
        <translation>Valitse vähintään yksi kieli.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="115"/>
        <source>Several channels are called {ref}: write it as platform:handle, e.g. {example}.</source>
        <translation>Useamman kanavan nimi on {ref}: kirjoita muodossa palvelu:käyttäjänimi, esim. {example}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="180"/>
        <source>{platform} {handle} is already in the register ({name}).</source>
        <translation>{platform}-tili {handle} on jo rekisterissä ({name}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/register.py" line="204"/>
        <source>A channel cannot go from {old} to {new}.</source>
        <translation>Kanavan tilaa ei voi muuttaa: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="86"/>
        <source>The computer&apos;s password store (keyring) is not available, so passwords and backup codes cannot be saved or shown. Everything else keeps working.</source>
        <translation>Tietokoneen salasanasäilö ei ole käytettävissä, joten salasanoja ja varakoodeja ei voi tallentaa eikä näyttää. Kaikki muu toimii normaalisti.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="129"/>
        <source>The secret is empty.</source>
        <translation>Salaisuus on tyhjä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="132"/>
        <source>The secret is not text: it holds a NUL byte, another control character or bytes that are not UTF-8. Nothing was saved. Give the password or the codes as text.</source>
        <translation>Salaisuus ei ole tekstiä: siinä on NUL-tavu, muu ohjausmerkki tai tavuja, jotka eivät ole UTF-8-merkkejä. Mitään ei tallennettu. Anna salasana tai koodit tekstinä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="142"/>
        <source>The secret is too long for the Windows password store: at most {limit} characters (this one has {length}). Split it, or keep the rest elsewhere.</source>
        <translation>Salaisuus on liian pitkä Windowsin salasanasäilöön: enintään {limit} merkkiä (tässä on {length}). Jaa se osiin tai säilytä loput muualla.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="166"/>
        <source>No such secret is stored in this computer&apos;s password store.</source>
        <translation>Tällaista salaisuutta ei ole tallennettu tämän tietokoneen salasanasäilöön.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="140"/>
        <location filename="../src/kuntasome/core/people.py" line="178"/>
        <location filename="../src/kuntasome/core/people.py" line="253"/>
        <source>No person {ref} in the register.</source>
        <translation>Henkilöä {ref} ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="209"/>
        <location filename="../src/kuntasome/core/channels/access.py" line="223"/>
        <location filename="../src/kuntasome/core/channels/access.py" line="371"/>
        <source>No such access in the register.</source>
        <translation>Tällaista käyttöoikeutta ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/people.py" line="211"/>
        <source>The person has several roles on the channel: give --role.</source>
        <translation>Henkilöllä on kanavalla useita rooleja: anna --role.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="321"/>
        <source>{person} has left: access cannot be granted.</source>
        <translation>{person} on lähtenyt, joten käyttöoikeutta ei voi myöntää.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="333"/>
        <source>{person} already has {role} access to this channel: revoke it first to change the role.</source>
        <translation>Henkilöllä {person} on jo käyttöoikeus tähän kanavaan (rooli: {role}). Poista se ensin, jos haluat vaihtaa roolia.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="64"/>
        <source>Answer “{question}” before sending the request.</source>
        <translation>Vastaa kysymykseen ”{question}” ennen hakemuksen lähettämistä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="146"/>
        <source>This request is no longer waiting.</source>
        <translation>Tämä hakemus ei enää odota päätöstä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="149"/>
        <source>Only a responsible manager can decide on a request.</source>
        <translation>Hakemuksesta voi päättää vain vastuuesihenkilö.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="152"/>
        <source>Give a reason for the rejection.</source>
        <translation>Kirjoita perustelu hylkäämiselle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="161"/>
        <source>The file {path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="168"/>
        <source>{path} has no rows to import: expected a header row and one row per channel.</source>
        <translation>Tiedostossa {path} ei ole tuotavia rivejä: odotettiin otsikkoriviä ja yhtä riviä kanavaa kohden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="186"/>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="195"/>
        <source>{path} is not a readable Excel workbook.</source>
        <translation>{path} ei ole luettava Excel-työkirja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="203"/>
        <source>{path} is not a readable table: its text is neither UTF-8 nor Windows-1252 (or the file is damaged or cut off). Nothing was imported. Save it again from the spreadsheet as CSV UTF-8 or as .xlsx.</source>
        <translation>Tiedostoa {path} ei voi lukea taulukkona: sen teksti ei ole UTF-8- eikä Windows-1252-muotoista (tai tiedosto on vioittunut tai katkennut). Mitään ei tuotu. Tallenna se taulukkolaskentaohjelmasta uudelleen muodossa CSV UTF-8 tai .xlsx.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="250"/>
        <source>{path} is not a readable CSV table (line {line}: {reason}).</source>
        <translation>Tiedostoa {path} ei voi lukea CSV-taulukkona (rivi {line}: {reason}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="260"/>
        <source>{path} seems cut off: its last row ({line}) stops after {cells} of {columns} columns. Nothing was imported; save the whole file again.</source>
        <translation>Tiedosto {path} näyttää katkenneen: sen viimeinen rivi ({line}) loppuu {cells}. sarakkeeseen {columns} sarakkeesta. Mitään ei tuotu; tallenna koko tiedosto uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="292"/>
        <source>Choose which column holds the {field}: it is needed for every channel.</source>
        <translation>Valitse sarake, jossa on {field}: se tarvitaan jokaiselle kanavalle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="313"/>
        <source>The same account is already on row {row}.</source>
        <translation>Sama tili on jo rivillä {row}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="337"/>
        <source>Unknown service “{value}”: expected one of {known}.</source>
        <translation>Tuntematon palvelu ”{value}”: odotettiin jotakin näistä: {known}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="349"/>
        <source>Unknown status “{value}”.</source>
        <translation>Tuntematon tila ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="355"/>
        <source>Unknown language “{value}”.</source>
        <translation>Tuntematon kieli ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="380"/>
        <source>{handle} is already in the register.</source>
        <translation>{handle} on jo rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="398"/>
        <source>Nothing was imported. Rows with problems: {count}; the first is row {row}: {reason}</source>
        <translation>Mitään ei tuotu. Rivejä, joissa on ongelmia: {count}; ensimmäinen on rivi {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="415"/>
        <source>Nothing was imported: row {row}, {handle}, is already in the register.</source>
        <translation>Mitään ei tuotu: rivin {row} tili {handle} on jo rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/errors.py" line="55"/>
        <source>Someone else changed this record while you were editing it. Your changes were not saved: reload it and make them again.</source>
        <translation>Joku muu muutti tietoja sillä välin, kun muokkasit niitä. Muutoksiasi ei tallennettu: lataa tiedot uudelleen ja tee muutokset uudestaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="159"/>
        <source>Write the person&apos;s name.</source>
        <translation>Kirjoita henkilön nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="163"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="223"/>
        <source>Write the unit&apos;s name.</source>
        <translation>Kirjoita yksikön nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar.py" line="92"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="104"/>
        <location filename="../src/kuntasome/cli/statistics.py" line="153"/>
        <location filename="../src/kuntasome/core/reports/periods.py" line="44"/>
        <source>The period ends before it starts.</source>
        <translation>Ajanjakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="93"/>
        <source>Say why crisis mode is switched on.</source>
        <translation>Kerro, miksi kriisitila otetaan käyttöön.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="96"/>
        <source>Crisis mode is already on.</source>
        <translation>Kriisitila on jo päällä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="130"/>
        <source>Crisis mode is not on.</source>
        <translation>Kriisitila ei ole päällä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/crisis.py" line="159"/>
        <source>End crisis mode before resuming paused posts.</source>
        <translation>Lopeta kriisitila ennen keskeytettyjen julkaisujen palauttamista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="76"/>
        <source>{name} is not a KuntaSome backup, or it is damaged{detail}. Nothing was changed.</source>
        <translation>{name} ei ole KuntaSomen varmuuskopio, tai se on vioittunut{detail}. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="103"/>
        <source>{name} was made by a newer version of KuntaSome ({version}, schema {revision}). Install that version or a newer one to restore it. Nothing was changed.</source>
        <translation>{name} on tehty KuntaSomen uudemmalla versiolla ({version}, rakenneversio {revision}). Asenna se tai uudempi versio palauttaaksesi sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="139"/>
        <location filename="../src/kuntasome/core/calendar/media.py" line="84"/>
        <location filename="../src/kuntasome/core/moderation/evidence.py" line="71"/>
        <location filename="../src/kuntasome/core/reports/logo.py" line="52"/>
        <source>There is no file {name}.</source>
        <translation>Tiedostoa {name} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="162"/>
        <source>The backup {name} is damaged: {file} is not what was backed up (its checksum differs). Nothing was changed. Use another backup.</source>
        <translation>Varmuuskopio {name} on vioittunut: {file} ei ole sama kuin varmuuskopioitaessa (sen tiiviste ei täsmää). Mitään ei muutettu. Käytä toista varmuuskopiota.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="177"/>
        <source>The backup {name} is incomplete: {file} is missing. Nothing was changed.</source>
        <translation>Varmuuskopio {name} on vajaa: {file} puuttuu. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="185"/>
        <source>The backup {name} holds a file its manifest does not list ({file}). Nothing was changed.</source>
        <translation>Varmuuskopiossa {name} on tiedosto, jota sen sisällysluettelossa ei ole ({file}). Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="274"/>
        <source>The folder {folder} already holds KuntaSome data. Restore into an empty folder, or replace the data (it is moved aside into {aside}, not deleted). Nothing was changed.</source>
        <translation>Kansiossa {folder} on jo KuntaSomen tietoja. Palauta tyhjään kansioon tai korvaa tiedot (ne siirretään talteen kansioon {aside}, niitä ei poisteta). Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/restore.py" line="340"/>
        <source>The backup could not be restored into {folder}: {detail}</source>
        <translation>Varmuuskopiota ei voitu palauttaa kansioon {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/evidence.py" line="75"/>
        <source>{name} is not a picture. Evidence is a screenshot: PNG, JPEG, GIF, BMP or WebP.</source>
        <translation>{name} ei ole kuva. Todiste on kuvakaappaus: PNG, JPEG, GIF, BMP tai WebP.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="159"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="180"/>
        <source>There is no media file {media}.</source>
        <translation>Mediatiedostoa {media} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="155"/>
        <source>There is no post {post}.</source>
        <translation>Julkaisua {post} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="168"/>
        <source>Give the post a title.</source>
        <translation>Anna julkaisulle otsikko.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="171"/>
        <source>A channel can be a target only once.</source>
        <translation>Kanavan voi valita julkaisulle vain kerran.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="101"/>
        <source>Unknown archive format {format} (choose bagit or eark).</source>
        <translation>Tuntematon arkistomuoto {format} (valitse bagit tai eark).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="106"/>
        <source>Unknown layout {layout} (choose dir, zip or tar).</source>
        <translation>Tuntematon muoto {layout} (valitse dir, zip tai tar).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="111"/>
        <source>{path} already exists. Choose a new name: a snapshot is never overwritten.</source>
        <translation>{path} on jo olemassa. Valitse uusi nimi: arkistopakettia ei koskaan kirjoiteta toisen päälle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="73"/>
        <source>A hold is on one thing: a channel, an account or a moderation entry.</source>
        <translation>Hävittämiskielto koskee yhtä asiaa: kanavaa, tiliä tai moderointimerkintää.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="79"/>
        <source>Say why the records are held (e.g. the complaint or case number).</source>
        <translation>Kerro, miksi asiakirjoja ei saa hävittää (esim. kantelun tai asian numero).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="86"/>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="145"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="175"/>
        <source>There is no channel {channel}.</source>
        <translation>Kanavaa {channel} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="126"/>
        <source>Say why the hold is lifted.</source>
        <translation>Kerro, miksi hävittämiskielto puretaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="130"/>
        <source>There is no hold {id}.</source>
        <translation>Hävittämiskieltoa {id} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="133"/>
        <source>Hold {id} has already been lifted.</source>
        <translation>Hävittämiskielto {id} on jo purettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="265"/>
        <source>The snapshot could not be written to {path}: {detail}</source>
        <translation>Arkistopakettia ei voitu kirjoittaa kohteeseen {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/snapshot.py" line="316"/>
        <source>The file {file} of the snapshot is missing from the data folder. Run “kuntasome moderation verify” to see what else is missing.</source>
        <translation>Arkistopaketin tiedosto {file} puuttuu tietokansiosta. Komento ”kuntasome moderation verify” näyttää, mitä muuta puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="184"/>
        <source>The budget cannot be negative.</source>
        <translation>Budjetti ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="294"/>
        <source>A published target stays in the post: it is a public record.</source>
        <translation>Julkaistua kanavaa ei voi poistaa julkaisusta: se on julkinen asiakirja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="320"/>
        <source>A published post cannot be moved to another time.</source>
        <translation>Julkaisua ei voi siirtää toiseen aikaan, koska se on jo julkaistu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="363"/>
        <source>A post that is {old} cannot become {new}.</source>
        <translation>Julkaisun tilaa ei voi muuttaa: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="371"/>
        <source>Only a person with the approver role can approve a post. Choose who you are in Settings.</source>
        <translation>Vain hyväksyjän roolissa oleva henkilö voi hyväksyä julkaisun. Valitse asetuksista, kuka olet.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="126"/>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="130"/>
        <source>{name} is not a post as JSON.</source>
        <translation>{name} ei ole JSON-muotoinen julkaisu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="156"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="387"/>
        <source>Choose at least one channel for the post.</source>
        <translation>Valitse julkaisulle vähintään yksi kanava.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/calendar_workflow.py" line="225"/>
        <source>The post is not planned for {channel}.</source>
        <translation>Julkaisua ei ole suunniteltu kanavalle {channel}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="391"/>
        <source>Give every channel a time before scheduling.</source>
        <translation>Anna jokaiselle kanavalle julkaisuaika ennen ajastamista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="434"/>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="479"/>
        <source>This post is no longer in the calendar.</source>
        <translation>Julkaisua ei enää ole kalenterissa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="439"/>
        <source>A {status} post cannot be moved to another time.</source>
        <translation>Julkaisua, jonka tila on {status}, ei voi siirtää toiseen aikaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="470"/>
        <source>Paste the published post&apos;s web address (it starts with https://).</source>
        <translation>Liitä julkaistun julkaisun verkko-osoite (alkaa https://).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="484"/>
        <source>The post must be approved before it is published.</source>
        <translation>Julkaisu on hyväksyttävä ennen julkaisemista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="487"/>
        <source>This channel&apos;s post was cancelled.</source>
        <translation>Tämän kanavan julkaisu on peruttu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="534"/>
        <source>Give the campaign a name.</source>
        <translation>Anna kampanjalle nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="132"/>
        <source>Give the blocked account&apos;s name.</source>
        <translation>Anna estetyn tilin nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="134"/>
        <source>Give the reason for the block.</source>
        <translation>Anna eston peruste.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="136"/>
        <source>Choose who decided on the block.</source>
        <translation>Valitse, kuka päätti estosta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="140"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="263"/>
        <location filename="../src/kuntasome/core/statistics/store.py" line="179"/>
        <source>Choose the channel.</source>
        <translation>Valitse kanava.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="173"/>
        <source>Give the reason for lifting the block.</source>
        <translation>Anna eston purkamisen peruste.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="180"/>
        <source>The block has already been lifted.</source>
        <translation>Esto on jo purettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/blocks.py" line="183"/>
        <source>A block cannot be lifted before it was made.</source>
        <translation>Estoa ei voi purkaa ajalta ennen sen asettamista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="179"/>
        <source>Choose what kind of comment this is.</source>
        <translation>Valitse kommentin laji.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="181"/>
        <source>Choose what was done.</source>
        <translation>Valitse, mitä tehtiin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="184"/>
        <source>The comment cannot have been seen before it was posted.</source>
        <translation>Kommenttia ei ole voitu havaita ennen kuin se julkaistiin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="188"/>
        <source>The answer cannot be earlier than the comment.</source>
        <translation>Vastaus ei voi olla kommenttia aiempi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="192"/>
        <source>Choose the reason for hiding or removing the comment.</source>
        <translation>Valitse peruste kommentin piilottamiselle tai poistamiselle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="196"/>
        <source>Give the registry&apos;s case number for a comment forwarded there.</source>
        <translation>Anna kirjaamon diaarinumero, kun kommentti on välitetty kirjaamoon.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="201"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="599"/>
        <source>Write the answer that was given.</source>
        <translation>Kirjoita annettu vastaus.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="204"/>
        <source>A removed comment needs a screenshot taken before the removal. Add one, or explain why none could be taken.</source>
        <translation>Poistetusta kommentista tarvitaan ennen poistoa otettu kuvakaappaus. Lisää se tai kerro, miksi sitä ei voitu ottaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="267"/>
        <source>The entry to correct no longer exists.</source>
        <translation>Korjattavaa merkintää ei enää ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="276"/>
        <source>Entry {id} has already been corrected by entry {newer}: correct the newest version.</source>
        <translation>Merkintä {id} on jo korjattu merkinnällä {newer}: korjaa uusinta versiota.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/holds.py" line="91"/>
        <location filename="../src/kuntasome/core/moderation/log.py" line="534"/>
        <source>There is no moderation entry {id}.</source>
        <translation>Moderointimerkintää {id} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/monitoring.py" line="78"/>
        <source>Choose at least one channel you checked.</source>
        <translation>Valitse vähintään yksi tarkistamasi kanava.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/removal_reasons.py" line="62"/>
        <source>Every reason needs a name.</source>
        <translation>Jokaisella perusteella on oltava nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="25"/>
        <source>{name} could not be read as a picture.</source>
        <translation>Tiedostoa {name} ei voitu lukea kuvana.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/statistics.py" line="197"/>
        <source>The chart file must end in .png or .svg.</source>
        <translation>Kaaviotiedoston tiedostopäätteen on oltava .png tai .svg.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/detect.py" line="23"/>
        <source>{name} is not an export KuntaSome recognises. Expected a file exported from Meta Business Suite (Facebook, Instagram), Facebook Insights, X, LinkedIn, YouTube Studio or TikTok Studio, or a Mastodon or Bluesky archive. A table with a date column can be imported by mapping its columns in the Statistics section.</source>
        <translation>{name} ei ole KuntaSomen tuntema vientitiedosto. Odotettiin tiedostoa, joka on viety Meta Business Suitesta (Facebook, Instagram), Facebook Insightsista, X:stä, LinkedInistä, YouTube Studiosta tai TikTok Studiosta, tai Mastodon- tai Bluesky-arkistoa. Taulukon, jossa on päivämääräsarake, voi tuoda yhdistämällä sen sarakkeet Tilastot-osiossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="223"/>
        <source>{name} is too large to be an export ({size} MB; at most {limit} MB). Nothing was imported.</source>
        <translation>{name} on liian suuri ollakseen vientitiedosto ({size} Mt; enintään {limit} Mt). Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="251"/>
        <source>{name} is not an ordinary file. Choose the exported file itself.</source>
        <translation>{name} ei ole tavallinen tiedosto. Valitse itse vientitiedosto.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="262"/>
        <source>{name} could not be read: {reason}</source>
        <translation>Tiedostoa {name} ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="267"/>
        <source>{name} is empty.</source>
        <translation>{name} on tyhjä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="56"/>
        <source>{name} has {columns} columns; no export has more than {limit}. Nothing was imported.</source>
        <extracomment>Bounds no export comes near (a ten-year YouTube chart export of a million rows is 40 MB; a daily export of ten years is 3,650 rows): a file beyond them is refused at once, and while it is read, instead of filling the memory for minutes. Memory is bounded by the cells kept (about 90 bytes each) and the text of the file.</extracomment>
        <translation>Tiedostossa {name} on {columns} saraketta; missään vientitiedostossa ei ole yli {limit} saraketta. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="67"/>
        <source>{name} has more rows than any export ({limit} at most, or {cells} cells). Split it by period in the service and import the parts. Nothing was imported.</source>
        <translation>Tiedostossa {name} on enemmän rivejä kuin yhdessäkään vientitiedostossa (enintään {limit} riviä tai {cells} solua). Vie tiedot palvelusta lyhyemmissä jaksoissa ja tuo osat erikseen. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="146"/>
        <source>{name} has a cell of more than {limit} characters on line {line}; no export has one. Nothing was imported.</source>
        <translation>Tiedoston {name} rivillä {line} on solu, jossa on yli {limit} merkkiä; sellaista ei ole yhdessäkään vientitiedostossa. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/tables.py" line="296"/>
        <source>{name} is damaged or not an export file: {reason}</source>
        <translation>{name} on vioittunut tai ei ole vientitiedosto: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="116"/>
        <source>The file is from {platform}, but {channel} is a {channel_platform} channel.</source>
        <translation>Tiedosto on palvelusta {platform}, mutta {channel} on {channel_platform}-kanava.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="157"/>
        <source>{name} has already been imported ({when}). Undo that import first to import it again.</source>
        <translation>{name} on jo tuotu ({when}). Peru se tuonti ensin, jos haluat tuoda tiedoston uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="169"/>
        <source>Choose the channel for: {accounts}.</source>
        <translation>Valitse kanava tileille: {accounts}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/store.py" line="340"/>
        <source>That import has already been undone.</source>
        <translation>Tuonti on jo peruttu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="204"/>
        <source>There is no block {id}.</source>
        <translation>Estoa {id} ei ole.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="79"/>
        <source>Not a date and time (YYYY-MM-DDTHH:MM): {value}</source>
        <translation>Ei ole päivä ja kellonaika (VVVV-KK-PPTHH:MM): {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/options.py" line="84"/>
        <source>{value} is not between {first} and {last}</source>
        <translation>{value} ei ole väliltä {first}–{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="65"/>
        <source>{zone} is not a time zone this computer knows.</source>
        <translation>Tämä tietokone ei tunne aikavyöhykettä {zone}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="121"/>
        <source>Write the organisation&apos;s name.</source>
        <translation>Kirjoita organisaation nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="124"/>
        <source>The country must be FI or SE, not {country}.</source>
        <translation>Maan on oltava FI tai SE, ei {country}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="131"/>
        <source>A register already exists in {database}; init creates only new ones.</source>
        <translation>Tietokannassa {database} on jo rekisteri; init luo vain uusia.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/cancel.py" line="18"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Peruutettu: mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/choices.py" line="86"/>
        <source>The office must open before it closes.</source>
        <translation>Virka-ajan on alettava ennen kuin se päättyy.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="116"/>
        <source>Give either a period or its first and last day, not both.</source>
        <translation>Anna joko jakso tai sen ensimmäinen ja viimeinen päivä, ei molempia.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="123"/>
        <source>Which period? Give --period (e.g. 2026-Q3) or --from and --to.</source>
        <translation>Miltä jaksolta? Anna --period (esim. 2026-Q3) tai --from ja --to.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/reports.py" line="136"/>
        <source>{name} could not be read as UTF-8 text.</source>
        <translation>Tiedostoa {name} ei voitu lukea UTF-8-tekstinä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="134"/>
        <source>{value} is not a period: write a month (2026-10), a quarter (2026-Q3), a half-year (2026-H1) or a year (2026).</source>
        <translation>{value} ei ole jakso: kirjoita kuukausi (2026-10), vuosineljännes (2026-Q3), vuosipuolisko (2026-H1) tai vuosi (2026).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="48"/>
        <source>Reports are written in Finnish, Swedish or English.</source>
        <translation>Raportin kieli voi olla suomi, ruotsi tai englanti.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="53"/>
        <source>Choose the report&apos;s sections from: {sections}.</source>
        <translation>Valitse raportin osiot näistä: {sections}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="58"/>
        <source>Compare with the previous period or a year earlier.</source>
        <translation>Vertaa edelliseen jaksoon tai vuodentakaiseen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="62"/>
        <source>The commentary is longer than {count} characters.</source>
        <translation>Saateteksti on yli {count} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="232"/>
        <source>Choose a reminder and a language.</source>
        <translation>Valitse muistutus ja kieli.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/logo.py" line="57"/>
        <source>{name} is not a PNG, JPEG or SVG picture.</source>
        <translation>{name} ei ole PNG-, JPEG- tai SVG-kuva.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/logo.py" line="62"/>
        <source>{name} is larger than 1 MB: use a smaller logo.</source>
        <translation>{name} on yli 1 Mt: käytä pienempää logoa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli/backup.py" line="88"/>
        <source>Backup and restore work on a data folder and its SQLite database. A team database on a server is backed up on the server (for example with pg_dump).</source>
        <translation>Varmuuskopiointi ja palautus koskevat tietokansiota ja sen SQLite-tietokantaa. Palvelimella olevan tiimin tietokannan varmuuskopiointi tehdään palvelimella (esimerkiksi pg_dumpilla).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="143"/>
        <source>The database could not be copied for the backup: {detail}</source>
        <translation>Tietokantaa ei voitu kopioida varmuuskopioon: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="120"/>
        <source>The database is damaged and cannot be backed up ({detail}). Nothing was written. Run “kuntasome check” for details.</source>
        <translation>Tietokanta on vioittunut, eikä sitä voi varmuuskopioida ({detail}). Mitään ei kirjoitettu. Lisätietoja saat komennolla ”kuntasome check”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="160"/>
        <location filename="../src/kuntasome/core/archive/backup.py" line="221"/>
        <source>{folder} holds no KuntaSome database to back up.</source>
        <translation>Kansiossa {folder} ei ole varmuuskopioitavaa KuntaSomen tietokantaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="227"/>
        <source>{path} is a folder. Give the name of a file to write.</source>
        <translation>{path} on kansio. Anna kirjoitettavan tiedoston nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/backup.py" line="273"/>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>Varmuuskopiota ei voitu kirjoittaa tiedostoon {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="178"/>
        <source>Unknown record type {key} (choose from {keys}).</source>
        <translation>Tuntematon asiakirjatyyppi {key} (valitse näistä: {keys}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="184"/>
        <source>A retention period is 1 to 200 years, or 0 for records kept permanently.</source>
        <translation>Säilytysaika on 1–200 vuotta, tai 0 pysyvästi säilytettäville asiakirjoille.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="130"/>
        <source>{name} is not a BagIt bag (a folder, zip or tar with bagit.txt).</source>
        <translation>{name} ei ole BagIt-paketti (kansio, zip tai tar, jossa on bagit.txt).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="139"/>
        <source>The bag {name} is not intact: {file} has changed (its checksum is not the one in the manifest).</source>
        <translation>Paketti {name} ei ole eheä: {file} on muuttunut (sen tiiviste ei vastaa luettelossa olevaa).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="144"/>
        <source>The bag {name} is not intact: {file} is missing.</source>
        <translation>Paketti {name} ei ole eheä: {file} puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="145"/>
        <source>The bag {name} is not intact: {file} was added (no manifest lists it).</source>
        <translation>Paketti {name} ei ole eheä: {file} on lisätty (sitä ei ole missään luettelossa).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="148"/>
        <source>The bag {name} is not intact: its manifest {file} cannot be read.</source>
        <translation>Paketti {name} ei ole eheä: sen luetteloa {file} ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/verify.py" line="151"/>
        <source>The bag {name} is not intact: its size and file count ({file}) are not those in bag-info.txt.</source>
        <translation>Paketti {name} ei ole eheä: sen koko ja tiedostomäärä ({file}) eivät vastaa tiedostoa bag-info.txt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/disposal.py" line="271"/>
        <source>Give the decision that approves the disposal (who decided, when, its number).</source>
        <translation>Anna hävittämisen hyväksyvä päätös (kuka päätti, milloin, pykälä).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/disposal.py" line="283"/>
        <source>A disposal is approved by a named person: choose who you are in the settings (or give --as).</source>
        <translation>Hävittämisen hyväksyy nimetty henkilö: valitse asetuksissa, kuka olet (tai anna --as).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="72"/>
        <source>The package {name} is not intact: {file} was added (no METS lists it).</source>
        <translation>Paketti {name} ei ole eheä: {file} on lisätty (sitä ei ole missään METS-tiedostossa).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="439"/>
        <source>The package {name} is not intact: {file} cannot be read.</source>
        <translation>Paketti {name} ei ole eheä: tiedostoa {file} ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="454"/>
        <source>The package {name} is not intact: {file} is missing.</source>
        <translation>Paketti {name} ei ole eheä: {file} puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/eark.py" line="464"/>
        <source>The package {name} is not intact: {file} has changed (its checksum is not the one in the METS).</source>
        <translation>Paketti {name} ei ole eheä: {file} on muuttunut (sen tiiviste ei vastaa METS-tiedostossa olevaa).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="140"/>
        <source>Give the name of the file to write.</source>
        <translation>Anna kirjoitettavan tiedoston nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="143"/>
        <source>The file name is too long (at most 255 bytes).</source>
        <translation>Tiedoston nimi on liian pitkä (enintään 255 tavua).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="149"/>
        <location filename="../src/kuntasome/core/files.py" line="195"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="159"/>
        <source>{path} is a link. Give the file itself; nothing was written.</source>
        <translation>{path} on linkki. Anna itse tiedosto; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="166"/>
        <source>{path} is a folder. Give a file name in it.</source>
        <translation>{path} on kansio. Anna kansiossa olevan tiedoston nimi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="170"/>
        <source>{path} is not an ordinary file (a device or a pipe); nothing was written.</source>
        <translation>{path} ei ole tavallinen tiedosto (vaan laite tai putki); mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/files.py" line="179"/>
        <source>The folder {folder} does not exist. Create it first, or choose another.</source>
        <translation>Kansiota {folder} ei ole. Luo se ensin tai valitse toinen kansio.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/plausible.py" line="33"/>
        <source>The file has a day no export holds: {day} (the days run from {first} to {last}). Nothing was imported: check that it is the file the service gave.</source>
        <translation>Tiedostossa on päivä, jota missään viennissä ei voi olla: {day} (päivät ovat välillä {first}–{last}). Mitään ei tuotu: tarkista, että tiedosto on se, jonka palvelu antoi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/limits.py" line="31"/>
        <source>The file has an impossible value: {metric} {value} ({where}). A count of views, reach or followers is never negative, and no count is infinite or above a trillion. Nothing was imported.</source>
        <extracomment>A day&apos;s figure that may be below zero: what people take back.</extracomment>
        <translation>Tiedostossa on mahdoton arvo: {metric} {value} ({where}). Katselujen, kattavuuden tai seuraajien määrä ei voi olla negatiivinen, eikä mikään määrä voi olla ääretön tai yli biljoona. Mitään ei tuotu.</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="81"/>
        <source>Paste picture</source>
        <translation>Liitä kuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="82"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Liitä kuvakaappaus leikepöydältä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="83"/>
        <source>Add file…</source>
        <translation>Lisää tiedosto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="84"/>
        <source>Capture region…</source>
        <translation>Kaappaa alue…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="86"/>
        <source>The window steps aside; drag over the part of the screen to keep</source>
        <translation>Ikkuna siirtyy pois tieltä; vedä tallennettavan näytön osan yli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="88"/>
        <source>Capture screen</source>
        <translation>Kaappaa näyttö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="89"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="91"/>
        <source>Take the screenshot before removing the comment. Drop picture files here.</source>
        <translation>Ota kuvakaappaus ennen kommentin poistamista. Voit pudottaa kuvatiedostoja tähän.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="93"/>
        <source>Evidence pictures</source>
        <translation>Todistekuvat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="131"/>
        <source>The clipboard holds no picture. Take a screenshot first.</source>
        <translation>Leikepöydällä ei ole kuvaa. Ota ensin kuvakaappaus.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="136"/>
        <source>Add evidence picture</source>
        <translation>Lisää todistekuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/evidence_box.py" line="138"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>EvidencePdf</name>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="47"/>
        <source>Moderation evidence</source>
        <translation>Moderoinnin todiste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="58"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="59"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="60"/>
        <source>Captured at</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="61"/>
        <source>Captured by</source>
        <translation>Tallentaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="62"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="63"/>
        <source>Original file</source>
        <translation>Alkuperäinen tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="64"/>
        <source>SHA-256 of the original</source>
        <translation>Alkuperäisen SHA-256</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/evidence_pdf.py" line="68"/>
        <source>Screenshot of a message on {channel}, captured {when}.</source>
        <translation>Kuvakaappaus viestistä kanavalla {channel}, tallennettu {when}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="34"/>
        <source>Export the moderation log</source>
        <translation>Vie moderointiloki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="35"/>
        <source>F&amp;rom</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="36"/>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="37"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Muoto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="38"/>
        <source>PDF/A for the archive</source>
        <translation>PDF/A arkistoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/export_dialog.py" line="39"/>
        <source>CSV for Excel</source>
        <translation>CSV Exceliin</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="57"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="58"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="61"/>
        <source>Comments that promise an answer (answered, acknowledged, forwarded): how many were answered by the deadline, and the median time from the comment to the answer.</source>
        <translation>Kommentit, joihin luvataan vastaus (vastattu, kuitattu, välitetty): kuinka moneen vastattiin määräajassa ja vastausajan mediaani kommentista vastaukseen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="68"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="69"/>
        <source>Handled</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="70"/>
        <source>Need an answer</source>
        <translation>Vaativat vastauksen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="71"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="72"/>
        <source>On time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="73"/>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="74"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="75"/>
        <source>Overdue</source>
        <translation>Määräaika ylittynyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="76"/>
        <source>Median (hours)</source>
        <translation>Mediaani (tuntia)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/figures_tab.py" line="90"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="138"/>
        <source>Getting started</source>
        <extracomment>Where each card leads, in card order: &quot;section:list&quot; (see MainWindow.open_list).</extracomment>
        <translation>Näin pääset alkuun</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="140"/>
        <source>Add the organisation&apos;s channels to the register.</source>
        <translation>Lisää organisaation kanavat kanavarekisteriin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="142"/>
        <source>Or import the channel inventory you already keep in a spreadsheet.</source>
        <translation>Tai tuo kanavaluettelo taulukosta, jos pidät sitä jo sellaisessa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="145"/>
        <source>Add the team to People: who owns, administers and moderates the channels.</source>
        <translation>Lisää tiimi Henkilöt-välilehdelle: kanavien omistajat, järjestelmänvalvojat ja moderaattorit.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="148"/>
        <source>Say who you are in Settings: approvals and the log record your name.</source>
        <translation>Valitse asetuksista, kuka olet: hyväksynnät ja lokimerkinnät tallentuvat nimelläsi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="152"/>
        <source>Add a channel…</source>
        <translation>Lisää kanava…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="153"/>
        <source>Import a spreadsheet…</source>
        <translation>Tuo taulukosta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="154"/>
        <source>Open People</source>
        <translation>Avaa Henkilöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="155"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="249"/>
        <source>Grant access</source>
        <translation>Myönnä käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="250"/>
        <source>&amp;Person:</source>
        <translation>&amp;Henkilö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="251"/>
        <source>&amp;Access:</source>
        <translation>&amp;Käyttöoikeus:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/access_panel.py" line="252"/>
        <source>&amp;Granted on:</source>
        <translation>&amp;Myönnetty:</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="23"/>
        <source>People who have left still have access</source>
        <translation>Lähteneillä on yhä käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="24"/>
        <source>Two-factor authentication not in use</source>
        <translation>Kaksivaiheinen tunnistautuminen ei ole käytössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="25"/>
        <source>Fewer than two admins</source>
        <translation>Alle kaksi pääkäyttäjää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="26"/>
        <source>Admin access not verified</source>
        <translation>Pääkäyttöoikeuksia ei ole tarkistettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="27"/>
        <source>Review overdue</source>
        <translation>Katselmointi myöhässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="28"/>
        <source>No responsible manager</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/health.py" line="29"/>
        <source>Dormant: nothing published in 90 days</source>
        <translation>Hiljainen: ei julkaisuja 90 päivään</translation>
    </message>
</context>
<context>
    <name>HoldsTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="254"/>
        <source>A legal hold keeps records from disposal while a complaint, a court case or an information request needs them: a channel, an account&apos;s comments and blocks, or one entry with every version.</source>
        <translation>Hävittämiskielto estää asiakirjojen hävittämisen niin kauan kuin kantelu, oikeudenkäynti tai tietopyyntö niitä edellyttää: kanava, tilin kommentit ja estot tai yksi merkintä kaikkine versioineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>A channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>An account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="260"/>
        <source>A moderation entry</source>
        <translation>Moderointimerkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="263"/>
        <source>H&amp;old</source>
        <translation>&amp;Kohde</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="264"/>
        <source>&amp;Which</source>
        <translation>&amp;Mikä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="265"/>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="266"/>
        <source>The account&apos;s name on the service</source>
        <translation>Tilin nimi palvelussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="267"/>
        <source>e.g. the complaint or case number</source>
        <translation>esim. kantelun tai asian numero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="268"/>
        <source>&amp;Place hold</source>
        <translation>&amp;Aseta hävittämiskielto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="269"/>
        <source>&amp;Lift the chosen hold…</source>
        <translation>&amp;Pura valittu kielto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Covers</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="271"/>
        <source>Placed</source>
        <translation>Asetettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="272"/>
        <source>By</source>
        <translation>Asettaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="290"/>
        <source>Active</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="290"/>
        <source>Lifted</source>
        <translation>Purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="291"/>
        <source>entry {id}</source>
        <translation>merkintä {id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="325"/>
        <source>Lift the hold</source>
        <translation>Pura hävittämiskielto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/disposal_tab.py" line="325"/>
        <source>Why is the hold lifted?</source>
        <translation>Miksi hävittämiskielto puretaan?</translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="92"/>
        <source>Export to Outlook (.ics)</source>
        <translation>Vie Outlookiin (.ics)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="93"/>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="94"/>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="95"/>
        <source>&amp;Language of the texts:</source>
        <translation>Tekstien k&amp;ieli:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="96"/>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanavat:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="119"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-tiedostot (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="139"/>
        <source>%n post(s) exported.</source>
        <translation>
            <numerusform>%n julkaisu viety.</numerusform>
            <numerusform>%n julkaisua viety.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="128"/>
        <source>Import a channel spreadsheet</source>
        <translation>Tuo kanavaluettelo taulukosta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="129"/>
        <source>Choose a file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="130"/>
        <source>Which column holds what</source>
        <translation>Mikä sarake sisältää mitäkin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="131"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="132"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="137"/>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="173"/>
        <source>(not in the file)</source>
        <translation>(ei tiedostossa)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="140"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="141"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="142"/>
        <source>Handle</source>
        <translation>Käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="143"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="144"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="145"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="155"/>
        <source>Choose a channel spreadsheet</source>
        <translation>Valitse kanavaluettelo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="157"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Taulukot (*.xlsx *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="175"/>
        <source>column {index}</source>
        <translation>sarake {index}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="183"/>
        <source>Choose a CSV or Excel file with one row per channel.</source>
        <translation>Valitse CSV- tai Excel-tiedosto, jossa on yksi rivi kanavaa kohden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="187"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}: {rows} riviä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="251"/>
        <source>Row {row}: {problem}</source>
        <translation>Rivi {row}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="260"/>
        <source>%n row(s) have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n rivillä on ongelma. Korjaa se tiedostoon (tai valitse toiset sarakkeet) ja avaa tiedosto uudelleen: mitään ei tuoda ennen kuin jokainen rivi on kunnossa.</numerusform>
            <numerusform>%n rivillä on ongelmia. Korjaa ne tiedostoon (tai valitse toiset sarakkeet) ja avaa tiedosto uudelleen: mitään ei tuoda ennen kuin jokainen rivi on kunnossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="268"/>
        <source>%n channel(s) ready to import.</source>
        <translation>
            <numerusform>%n kanava valmiina tuotavaksi.</numerusform>
            <numerusform>%n kanavaa valmiina tuotavaksi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="323"/>
        <source>platform</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="324"/>
        <source>address or handle</source>
        <translation>osoite tai käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="325"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="326"/>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="327"/>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="328"/>
        <source>languages</source>
        <translation>kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/inventory_import.py" line="329"/>
        <source>purpose</source>
        <translation>tarkoitus</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="30"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="31"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="32"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="293"/>
        <source>Mark as leaving</source>
        <translation>Merkitse lähteväksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="297"/>
        <source>Last working day of {person_name}. The offboarding checklist lists every access to remove.</source>
        <translation>Henkilön {person_name} viimeinen työpäivä. Poistumisen tarkistuslista näyttää kaikki poistettavat käyttöoikeudet.</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="365"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="366"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="367"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="368"/>
        <source>Back&amp;ups…</source>
        <translation>Va&amp;rmuuskopiot…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="372"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="349"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="373"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="374"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="350"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="375"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Avaa tietokansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="376"/>
        <source>Open &amp;log folder</source>
        <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="377"/>
        <source>&amp;About KuntaSome</source>
        <translation>&amp;Tietoja KuntaSomesta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="378"/>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="354"/>
        <source>Database: {display_name} ({engine})</source>
        <translation>Tietokanta: {display_name} ({engine})</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="411"/>
        <source>The overview could not be loaded. The log has the details.</source>
        <translation>Yleiskatsausta ei voitu ladata. Tarkemmat tiedot ovat lokissa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="418"/>
        <source>Language changed.</source>
        <translation>Kieli vaihdettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="453"/>
        <source>About KuntaSome</source>
        <translation>Tietoja KuntaSomesta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="456"/>
        <source>&lt;h3&gt;KuntaSome {version}&lt;/h3&gt;&lt;p&gt;Responsible social media for a municipality&apos;s communications team: channel register, posting calendar, moderation log, statistics, reports and archive.&lt;/p&gt;&lt;p&gt;Data folder: {root}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KuntaSome {version}&lt;/h3&gt;&lt;p&gt;Vastuullista sosiaalista mediaa kunnan viestintätiimille: kanavarekisteri, julkaisukalenteri, moderointiloki, tilastot, raportit ja arkistointi.&lt;/p&gt;&lt;p&gt;Tietokansio: {root}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="69"/>
        <source>Map the columns</source>
        <translation>Yhdistä sarakkeet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="73"/>
        <source>{file_name} is not a known export. Choose the column with the date and the columns with figures (one value a day). The choice is kept for the next file with the same columns.</source>
        <translation>{file_name} ei ole tunnettu vientitiedosto. Valitse päivämäärän sarake ja lukujen sarakkeet (yksi arvo päivässä). Valinta muistetaan seuraavaa samanlaista tiedostoa varten.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="83"/>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="84"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/mapping_dialog.py" line="103"/>
        <source>Choose exactly one date column and at least one column of figures.</source>
        <translation>Valitse tasan yksi päivämääräsarake ja vähintään yksi lukusarake.</translation>
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
        <translation>&amp;Omistaja / kuvaaja:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="88"/>
        <source>&amp;Licence or right of use:</source>
        <translation>&amp;Lisenssi tai käyttöoikeus:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="89"/>
        <source>People pictured:</source>
        <translation>Kuvassa olevat henkilöt:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="90"/>
        <source>Consent note:</source>
        <translation>Huomautus suostumuksesta:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="91"/>
        <source>Captions:</source>
        <translation>Tekstitys:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="92"/>
        <source>Live broadcast:</source>
        <translation>Suora lähetys:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="93"/>
        <source>Accessible by:</source>
        <translation>Saavutettava viimeistään:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="94"/>
        <source>Made accessible on:</source>
        <translation>Saavutettava alkaen:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="98"/>
        <source>Alt text ({name}):</source>
        <translation>Vaihtoehtoinen teksti ({name}):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="105"/>
        <source>The video has captions</source>
        <translation>Videossa on tekstitys</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_dialog.py" line="107"/>
        <source>Recording of a live broadcast (to be made accessible within 14 days)</source>
        <translation>Suoran lähetyksen tallenne (saavutettavaksi 14 päivän kuluessa)</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="36"/>
        <source>image</source>
        <translation>kuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="37"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/media.py" line="38"/>
        <source>file</source>
        <translation>tiedosto</translation>
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
        <translation>Lisää tiedosto…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="70"/>
        <source>Rights and alt texts…</source>
        <translation>Oikeudet ja vaihtoehtoiset tekstit…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="71"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="85"/>
        <source>Add a picture or video</source>
        <translation>Lisää kuva tai video</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/media_list.py" line="88"/>
        <source>Pictures and videos (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov *.m4v);;All files (*)</source>
        <translation>Kuvat ja videot (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov *.m4v);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="38"/>
        <source>followers</source>
        <translation>seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="39"/>
        <source>new followers</source>
        <translation>uudet seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="40"/>
        <source>unfollows</source>
        <translation>seuraamisen lopettaneet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="41"/>
        <source>reach</source>
        <translation>kattavuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="42"/>
        <source>impressions</source>
        <translation>näyttökerrat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="43"/>
        <source>engagements</source>
        <translation>sitoutuminen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="44"/>
        <source>reactions</source>
        <translation>reaktiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="45"/>
        <source>comments</source>
        <translation>kommentit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="46"/>
        <source>shares</source>
        <translation>jaot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="47"/>
        <source>link clicks</source>
        <translation>linkkien klikkaukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="48"/>
        <source>profile visits</source>
        <translation>profiilikäynnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="49"/>
        <source>video views</source>
        <translation>videoiden katselut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/series.py" line="50"/>
        <source>posts</source>
        <translation>julkaisut</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="41"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="42"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="43"/>
        <source>Criticism</source>
        <translation>Kritiikki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="44"/>
        <source>Rumour or disinformation</source>
        <translation>Huhu tai disinformaatio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="45"/>
        <source>Inappropriate</source>
        <translation>Asiaton</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="48"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="49"/>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="50"/>
        <source>Forwarded to the registry</source>
        <translation>Välitetty kirjaamoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="51"/>
        <source>Hidden</source>
        <translation>Piilotettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="52"/>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="53"/>
        <source>User blocked</source>
        <translation>Käyttäjä estetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="54"/>
        <source>No action</source>
        <translation>Ei toimenpiteitä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="62"/>
        <source>Records management</source>
        <translation>Tiedonhallinta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/log.py" line="66"/>
        <source>Personal data disposed of</source>
        <translation>Henkilötiedot hävitetty</translation>
    </message>
</context>
<context>
    <name>ModerationExport</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="20"/>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="21"/>
        <source>Corrects entry</source>
        <translation>Korjaa merkintää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="22"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="23"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="24"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="25"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="26"/>
        <source>Posted</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="27"/>
        <source>Seen</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="28"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="29"/>
        <source>Answer due</source>
        <translation>Vastattava viimeistään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="30"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="31"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="32"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="33"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="34"/>
        <source>Case number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="35"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="36"/>
        <source>Evidence files</source>
        <translation>Todistetiedostot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/export.py" line="37"/>
        <source>Why no evidence</source>
        <translation>Miksi todistetta ei ole</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="231"/>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="232"/>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="233"/>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="234"/>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="239"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="426"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="240"/>
        <source>Waiting for an answer</source>
        <translation>Odottaa vastausta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="241"/>
        <source>Search the log…</source>
        <translation>Hae lokista…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="242"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="394"/>
        <source>Search the log</source>
        <extracomment>What the log, its tabs and the form&apos;s choices show.</extracomment>
        <translation>Hae lokista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="243"/>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="246"/>
        <source>Log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="247"/>
        <source>Blocked accounts</source>
        <translation>Estetyt tilit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="248"/>
        <source>Monitoring</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="249"/>
        <source>Response times</source>
        <translation>Vastausajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="250"/>
        <source>Data subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="254"/>
        <source>Checked now…</source>
        <translation>Tarkistettu nyt…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="256"/>
        <source>Record that you looked at the channels&apos; comments and messages</source>
        <translation>Kirjaa, että kävit läpi kanavien kommentit ja viestit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="258"/>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="503"/>
        <source>Verify the log</source>
        <translation>Tarkista loki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="260"/>
        <source>Check that no entry or evidence file has been changed since it was saved</source>
        <translation>Tarkista, ettei yhtään merkintää tai todistetiedostoa ole muutettu tallentamisen jälkeen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="262"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="263"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="402"/>
        <source>The log could not be loaded. The log file has the details.</source>
        <translation>Lokia ei voitu ladata. Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="408"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="412"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="414"/>
        <source>%n match(es) the search</source>
        <translation>
            <numerusform>%n vastaa hakua</numerusform>
            <numerusform>%n vastaa hakua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="416"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n odottaa vastausta</numerusform>
            <numerusform>%n odottaa vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="418"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="434"/>
        <source>Entry {entry_id} saved</source>
        <translation>Merkintä {entry_id} tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="478"/>
        <source>Verifying the log…</source>
        <translation>Tarkistetaan lokia…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="484"/>
        <source>{entries} entries and {evidence_files} evidence files checked.</source>
        <translation>Tarkistettu merkintöjä {entries} ja todistetiedostoja {evidence_files}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="492"/>
        <source>The log is intact</source>
        <translation>Loki on ehjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="493"/>
        <source>Nothing has been changed.</source>
        <translation>Mitään ei ole muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="498"/>
        <source>The log has been tampered with</source>
        <translation>Lokia on muutettu luvatta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="520"/>
        <source>moderation-log-{first}-{last}</source>
        <translation>moderointiloki-{first}-{last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="525"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="525"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV Exceliin (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="549"/>
        <source>Exporting the moderation log…</source>
        <translation>Viedään moderointilokia…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="556"/>
        <source>Saved {name}</source>
        <translation>Tallennettu {name}</translation>
    </message>
</context>
<context>
    <name>ModerationPdf</name>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="39"/>
        <source>corrects entry {corrects_id}</source>
        <translation>korjaa merkintää {corrects_id}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="17"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="18"/>
        <source>Seen</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="19"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="20"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="21"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="22"/>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="23"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="24"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="25"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="26"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="27"/>
        <source>Evidence</source>
        <translation>Todisteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="57"/>
        <source>Moderation log {first}–{last}</source>
        <translation>Moderointiloki {first}–{last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="88"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="91"/>
        <source>No entries in this period.</source>
        <translation>Ajanjaksolla ei ole merkintöjä.</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="144"/>
        <source>Moderation settings</source>
        <translation>Moderoinnin asetukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="145"/>
        <source>Deadlines and monitoring</source>
        <translation>Määräajat ja seuranta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="146"/>
        <source>Retention of personal data (years)</source>
        <translation>Henkilötietojen säilytysaika (vuotta)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="147"/>
        <source>Reasons for hiding or removing a comment</source>
        <translation>Perusteet kommentin piilottamiselle tai poistamiselle</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="150"/>
        <source>the same working day</source>
        <translation>samana työpäivänä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="151"/>
        <source>by the next working day</source>
        <translation>viimeistään seuraavana työpäivänä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="152"/>
        <source>within two working days</source>
        <translation>kahden työpäivän kuluessa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="157"/>
        <source>Answer &amp;due</source>
        <translation>&amp;Vastattava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="158"/>
        <source>Office &amp;opens</source>
        <translation>Virka-aika &amp;alkaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="159"/>
        <source>Office &amp;closes</source>
        <translation>Virka-aika &amp;päättyy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="160"/>
        <source>Check-&amp;ins per working day</source>
        <translation>&amp;Tarkistuksia työpäivässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="161"/>
        <source>&amp;Removals with evidence</source>
        <translation>Poistot t&amp;odisteineen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="162"/>
        <source>&amp;Blocks</source>
        <translation>&amp;Estot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="163"/>
        <source>Other &amp;entries</source>
        <translation>&amp;Muut merkinnät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>Finnish</source>
        <translation>suomeksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>English</source>
        <translation>englanniksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="168"/>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/settings_dialog.py" line="171"/>
        <source>Add a reason</source>
        <translation>Lisää peruste</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="109"/>
        <source>Check-ins per channel and working day; shaded days have fewer than {target}.</source>
        <translation>Tarkistukset kanavittain ja työpäivittäin; varjostettuina päivät, joina tarkistuksia on alle {target}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="127"/>
        <source>A check is due now.</source>
        <translation>Tarkistuksen aika on nyt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="130"/>
        <source>Next check due {when}.</source>
        <translation>Seuraava tarkistus viimeistään {when}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="136"/>
        <source>Last check-in {when}.</source>
        <translation>Edellinen tarkistus {when}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="163"/>
        <source>{count} of {target} check-ins</source>
        <translation>{count}/{target} tarkistusta</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="188"/>
        <source>Check-in recorded for %n channel(s)</source>
        <translation>
            <numerusform>Tarkistus kirjattu %n kanavalle</numerusform>
            <numerusform>Tarkistus kirjattu %n kanavalle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/month_view.py" line="44"/>
        <source>Month calendar</source>
        <translation>Kuukausikalenteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/month_view.py" line="146"/>
        <source>Wk</source>
        <translation>Vko</translation>
    </message>
</context>
<context>
    <name>NewChannelDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="83"/>
        <source>Add a channel</source>
        <translation>Lisää kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="87"/>
        <source>&amp;Service:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="88"/>
        <source>&amp;Address:</source>
        <translation>O&amp;soite:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>N&amp;imi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="90"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="91"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="98"/>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="108"/>
        <source>For example: {example}</source>
        <translation>Esimerkiksi: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/new_channel_dialog.py" line="118"/>
        <source>Will be saved as {url}</source>
        <translation>Tallennetaan muodossa {url}</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="144"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="145"/>
        <source>Access</source>
        <translation>Käyttöoikeus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="146"/>
        <source>Granted on</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="147"/>
        <source>Revoked</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="149"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="149"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="150"/>
        <source>responsible manager</source>
        <translation>vastuuesihenkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="21"/>
        <source>Offboarding checklist</source>
        <translation>Lähtijän tarkistuslista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="25"/>
        <source> – leaves on {left_on}</source>
        <translation> – lähtee {left_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="51"/>
        <source>Remove each access on the platform and tick it in KuntaSome: the date goes to the register and the audit log. Give each channel this person manages a new responsible manager.</source>
        <translation>Poista jokainen käyttöoikeus palvelussa ja merkitse se KuntaSomeen: päivämäärä tallentuu rekisteriin ja tapahtumalokiin. Nimeä jokaiselle kanavalle, jonka vastuuhenkilö lähtijä on, uusi vastuuhenkilö.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="59"/>
        <source>This person has no access to any channel.</source>
        <translation>Henkilöllä ei ole käyttöoikeutta yhteenkään kanavaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="61"/>
        <source>Checked by (name and date)</source>
        <translation>Tarkistanut (nimi ja päivämäärä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/offboarding_pdf.py" line="62"/>
        <source>Supervisor (name and date)</source>
        <translation>Esihenkilö (nimi ja päivämäärä)</translation>
    </message>
</context>
<context>
    <name>OffboardingDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="72"/>
        <source>Offboarding checklist</source>
        <translation>Poistumisen tarkistuslista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="75"/>
        <source> – leaves on {left_on}</source>
        <translation> – viimeinen työpäivä {left_on}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="82"/>
        <source>Remove each access on the platform, then tick it here: the date goes to the register and the audit log. Ticked items cannot be unticked.</source>
        <translation>Poista kukin käyttöoikeus palvelusta ja rastita se sitten tässä: päivämäärä tallentuu rekisteriin ja muutoslokiin. Rastia ei voi poistaa jälkikäteen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="86"/>
        <source>Responsible manager of – choose a new one</source>
        <translation>Vastuuesihenkilönä näissä kanavissa – valitse uusi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="87"/>
        <source>Export…</source>
        <translation>Vie tiedostoon…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="111"/>
        <source>{done} of {items} removed</source>
        <translation>{done}/{items} poistettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="113"/>
        <source>This person has no access to any channel.</source>
        <translation>Henkilöllä ei ole käyttöoikeuksia kanaviin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/offboarding_dialog.py" line="150"/>
        <source>PDF/A to print (*.pdf);;CSV for Excel (*.csv)</source>
        <translation>Tulostettava PDF/A (*.pdf);;CSV Exceliin (*.csv)</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="47"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="48"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="49"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="50"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="51"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="52"/>
        <source>Left on</source>
        <translation>Lähtenyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="134"/>
        <source>Show people who have left</source>
        <translation>Näytä myös lähteneet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="136"/>
        <source>Add a person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="138"/>
        <source>&amp;Name:</source>
        <translation>N&amp;imi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="139"/>
        <source>&amp;Title:</source>
        <translation>T&amp;ehtävänimike:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="140"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="141"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="142"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="143"/>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Allekirjoitus:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="144"/>
        <source>Roles:</source>
        <translation>Roolit:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="145"/>
        <source>Left on:</source>
        <translation>Lähtenyt:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="149"/>
        <source>e.g. Terveisin Sari, viestintä</source>
        <translation>esim. Terveisin Sari, viestintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="152"/>
        <source>&amp;Save</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="153"/>
        <source>Mark as leaving…</source>
        <translation>Merkitse lähteväksi…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="154"/>
        <source>Offboarding checklist</source>
        <translation>Poistumisen tarkistuslista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="203"/>
        <source>New person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="242"/>
        <source>Person not saved</source>
        <translation>Henkilöä ei tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/people_tab.py" line="263"/>
        <source>Mark as leaving</source>
        <translation>Merkitse lähteväksi</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="23"/>
        <source>communicator</source>
        <translation>viestijä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="24"/>
        <source>moderator</source>
        <translation>moderaattori</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="25"/>
        <source>approver</source>
        <translation>hyväksyjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/people.py" line="26"/>
        <source>manager</source>
        <translation>vastuuesihenkilö</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="55"/>
        <source>Record type</source>
        <translation>Asiakirjatyyppi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="56"/>
        <source>Code in the records plan</source>
        <translation>Tehtäväluokka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="57"/>
        <source>Kept (years)</source>
        <translation>Säilytysaika (v)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="58"/>
        <source>Publicity</source>
        <translation>Julkisuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="63"/>
        <source>The codes are your organisation&apos;s own, from its records plan (tiedonohjaussuunnitelma / dokumenthanteringsplan). Every snapshot carries them with the retention periods. Point at a record type to see why it is kept that long.</source>
        <translation>Tehtäväluokat tulevat organisaation omasta tiedonohjaussuunnitelmasta. Jokaiseen arkistopakettiin merkitään ne ja säilytysajat. Vie osoitin asiakirjatyypin kohdalle, niin näet säilytysajan perusteen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="69"/>
        <source>Save the records plan</source>
        <translation>Tallenna tiedonohjaussuunnitelma</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="78"/>
        <source>permanently</source>
        <translation>pysyvästi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/archive/plan_tab.py" line="79"/>
        <source>Retention in years: {record}</source>
        <translation>Säilytysaika vuosina: {record}</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="231"/>
        <source>New post</source>
        <translation>Uusi julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="231"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="233"/>
        <source>&amp;Title (internal):</source>
        <translation>&amp;Otsikko (sisäinen):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="234"/>
        <source>Campaign:</source>
        <translation>Kampanja:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="235"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="236"/>
        <source>Use:</source>
        <translation>Käyttö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="237"/>
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="241"/>
        <source>New campaign…</source>
        <translation>Uusi kampanja…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="242"/>
        <source>Crisis communication</source>
        <translation>Kriisiviestintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="243"/>
        <source>Paid (sponsored), budget:</source>
        <translation>Maksettu (sponsoroitu), budjetti:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="246"/>
        <source>Channels and times</source>
        <translation>Kanavat ja ajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="248"/>
        <source>Published at</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="250"/>
        <source>Add channel</source>
        <translation>Lisää kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="251"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="252"/>
        <source>Ti&amp;me:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="253"/>
        <source>Copy text</source>
        <translation>Kopioi teksti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="254"/>
        <source>Copy the text in the channel&apos;s languages</source>
        <translation>Kopioi teksti kanavan kielillä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="255"/>
        <source>Open the service</source>
        <translation>Avaa palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="256"/>
        <source>Mark published…</source>
        <translation>Merkitse julkaistuksi…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="294"/>
        <source>What the post says changed, so it went back for approval.</source>
        <translation>Julkaisun sisältö muuttui, joten se palasi hyväksyttäväksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="327"/>
        <source>Name of the campaign:</source>
        <translation>Kampanjan nimi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="346"/>
        <source>To draft</source>
        <translation>Luonnokseksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="347"/>
        <source>Back to ideas</source>
        <translation>Takaisin ideoihin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="348"/>
        <source>Send for approval</source>
        <translation>Lähetä hyväksyttäväksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="349"/>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="351"/>
        <source>Unschedule</source>
        <translation>Peru ajastus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="352"/>
        <source>Schedule</source>
        <translation>Ajasta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="353"/>
        <source>Cancel the post…</source>
        <translation>Peru julkaisu…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="363"/>
        <source>Approve…</source>
        <translation>Hyväksy…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="366"/>
        <source>Only a person with the approver role approves: choose who you are first (also in Settings › You are).</source>
        <translation>Julkaisun hyväksyy vain henkilö, jolla on hyväksyjän rooli. Valitse ensin, kuka olet (myös kohdassa Asetukset › Olet).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="375"/>
        <source>Only a person with the approver role approves, and you do not have it. Roles are given in Channels › People.</source>
        <translation>Julkaisun hyväksyy vain henkilö, jolla on hyväksyjän rooli, eikä sinulla ole sitä. Roolit annetaan kohdassa Kanavat › Henkilöt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/approver.py" line="26"/>
        <source>Nobody has the approver role yet. Roles are given in Channels › People.</source>
        <translation>Kenelläkään ei ole vielä hyväksyjän roolia. Roolit annetaan kohdassa Kanavat › Henkilöt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/approver.py" line="35"/>
        <source>Who are you? Only an approver approves.</source>
        <translation>Kuka olet? Vain hyväksyjä voi hyväksyä julkaisun.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="397"/>
        <source>Why is the post cancelled?</source>
        <translation>Miksi julkaisu perutaan?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="544"/>
        <source>Length as each service counts it: {parts}</source>
        <translation>Pituus kunkin palvelun laskutavalla: {parts}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/post_editor.py" line="559"/>
        <source>Save the changes to this post?</source>
        <translation>Tallennetaanko julkaisun muutokset?</translation>
    </message>
</context>
<context>
    <name>PostStatus</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="42"/>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="43"/>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="44"/>
        <source>in review</source>
        <translation>hyväksyttävänä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="45"/>
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="46"/>
        <source>scheduled</source>
        <translation>ajastettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="47"/>
        <source>published</source>
        <translation>julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="48"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>PublicList</name>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="35"/>
        <source>Official social media channels of {organisation}</source>
        <translation>{organisation}: viralliset sosiaalisen median kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="36"/>
        <source>These are the official accounts of {organisation}. Other accounts that use our name are not maintained by us. List updated on {date}.</source>
        <translation>Viralliset tilit – {organisation}. Muita nimeämme käyttäviä tilejä emme ylläpidä. Luettelo on päivitetty {date}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="42"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="43"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="44"/>
        <source>Maintained by</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="45"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="46"/>
        <source>What we post there</source>
        <translation>Mitä julkaisemme</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/public_list.py" line="48"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
</context>
<context>
    <name>PublicListDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="73"/>
        <source>Public channel list</source>
        <translation>Julkinen kanavaluettelo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="74"/>
        <source>&amp;Language of the list:</source>
        <translation>Luettelon &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="75"/>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="80"/>
        <source>HTML for the website</source>
        <translation>HTML verkkosivuille</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="81"/>
        <source>CSV for Excel</source>
        <translation>CSV Exceliin</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="101"/>
        <source>%n channel(s) marked public and in use (active or dormant). Mark a channel public in its details.</source>
        <translation>
            <numerusform>%n kanava on merkitty julkiseksi ja on käytössä tai lepotilassa. Kanavan voi merkitä julkiseksi sen tiedoissa.</numerusform>
            <numerusform>%n kanavaa on merkitty julkisiksi ja on käytössä tai lepotilassa. Kanavan voi merkitä julkiseksi sen tiedoissa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="112"/>
        <source>Web page fragment (*.html)</source>
        <translation>Verkkosivun osa (*.html)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="112"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="113"/>
        <source>Save the list</source>
        <translation>Tallenna luettelo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="120"/>
        <source>Saved {target}.</source>
        <translation>Tallennettu: {target}.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="62"/>
        <source>Mark published</source>
        <translation>Merkitse julkaistuksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="63"/>
        <source>&amp;Address of the post:</source>
        <translation>Julkaisun &amp;osoite:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/publish_dialog.py" line="65"/>
        <source>&amp;Published at:</source>
        <translation>&amp;Julkaistu:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="25"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/file_dialogs.py" line="27"/>
        <source>My Computer</source>
        <translation>Oma tietokone</translation>
    </message>
</context>
<context>
    <name>RecordsPlan</name>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="40"/>
        <source>Channel record</source>
        <translation>Kanavan tiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="42"/>
        <source>The register of the organisation&apos;s channels is kept permanently.</source>
        <translation>Organisaation kanavien rekisteri säilytetään pysyvästi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="50"/>
        <source>Post</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="52"/>
        <source>Published communication of the organisation.</source>
        <translation>Organisaation julkaisema viestintä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="58"/>
        <source>Moderation entry</source>
        <translation>Moderointimerkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="60"/>
        <source>Dialogue with the public; removals are kept with their evidence.</source>
        <translation>Vuorovaikutus yleisön kanssa; poistot säilytetään todisteineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="68"/>
        <source>Evidence of a removal</source>
        <translation>Poiston todiste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="70"/>
        <source>Evidence of a removal, for complaints and legal proceedings.</source>
        <translation>Poiston todiste kanteluita ja oikeudenkäyntejä varten.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="78"/>
        <source>Blocked account</source>
        <translation>Estetty tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="80"/>
        <source>A decision restricting a person&apos;s access to a channel.</source>
        <translation>Päätös, joka rajoittaa henkilön pääsyä kanavalle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="86"/>
        <source>Monitoring check-in</source>
        <translation>Seurantatarkistus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="88"/>
        <source>Shows that the channels were followed.</source>
        <translation>Osoittaa, että kanavia seurattiin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="94"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="96"/>
        <source>Figures for planning and reporting.</source>
        <translation>Luvut suunnittelua ja raportointia varten.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="102"/>
        <source>Management report</source>
        <translation>Johdon raportti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="104"/>
        <source>Reports to management are kept permanently.</source>
        <translation>Johdolle tehdyt raportit säilytetään pysyvästi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="110"/>
        <source>Audit entry</source>
        <translation>Tapahtumalokin merkintä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="112"/>
        <source>Who did what: the trail of every record above.</source>
        <translation>Kuka teki mitä: jäljitettävyys kaikille yllä mainituille asiakirjoille.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="120"/>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="124"/>
        <source>Public</source>
        <translation>Julkinen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="121"/>
        <source>Partly secret</source>
        <translation>Osittain salassa pidettävä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/archive/records_plan.py" line="125"/>
        <source>Partly secret (personal data of private persons)</source>
        <translation>Osittain salassa pidettävä (yksityishenkilöiden henkilötietoja)</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/capture.py" line="58"/>
        <source>Drag over the part of the screen to keep; Esc cancels</source>
        <translation>Vedä tallennettavan näytön osan yli; Esc peruu</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="38"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="39"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="40"/>
        <source>Handle</source>
        <translation>Käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="41"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="42"/>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="43"/>
        <source>Next review</source>
        <translation>Seuraava arviointi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="44"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="45"/>
        <source>Responsible manager</source>
        <translation>Vastuuesihenkilö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_model.py" line="46"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="139"/>
        <source>Search by name, handle, unit or person with access…</source>
        <extracomment>Each column&apos;s usual width; wider where its header needs it (a language&apos;s words).</extracomment>
        <translation>Hae nimellä, käyttäjänimellä, yksiköllä tai käyttöoikeuden haltijalla…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="141"/>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="142"/>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="178"/>
        <source>All units</source>
        <translation>Kaikki yksiköt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="143"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="146"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="150"/>
        <source>Review due</source>
        <translation>Arviointi ajankohtainen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="152"/>
        <source>Channels in use whose review is overdue, due within 30 days, or never done</source>
        <translation>Käytössä olevat kanavat, joiden arviointi on myöhässä, edessä 30 päivän kuluessa tai tekemättä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="154"/>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="157"/>
        <source>Too few admins, unverified admin access, access held by someone who has left, no responsible manager, or no two-factor authentication</source>
        <translation>Liian vähän järjestelmänvalvojia, tarkistamattomia järjestelmänvalvojan oikeuksia, lähteneen henkilön käyttöoikeuksia, ei vastuuesihenkilöä tai ei kaksivaiheista tunnistautumista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="161"/>
        <source>Add a channel…</source>
        <translation>Lisää kanava…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="162"/>
        <source>Import a spreadsheet…</source>
        <translation>Tuo taulukosta…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="163"/>
        <source>Public channel list…</source>
        <translation>Julkinen kanavaluettelo…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/register_tab.py" line="217"/>
        <source>{rows} of {all_rows} channels</source>
        <translation>{rows}/{all_rows} kanavaa</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="28"/>
        <source>%n post(s) due within the hour.</source>
        <translation>
            <numerusform>%n julkaisu tunnin sisällä.</numerusform>
            <numerusform>%n julkaisua tunnin sisällä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="36"/>
        <source>%n post(s) waiting for approval.</source>
        <translation>
            <numerusform>%n julkaisu odottaa hyväksyntää.</numerusform>
            <numerusform>%n julkaisua odottaa hyväksyntää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="44"/>
        <source>%n scheduled post(s) not marked published.</source>
        <translation>
            <numerusform>%n ajastettua julkaisua ei ole merkitty julkaistuksi.</numerusform>
            <numerusform>%n ajastettua julkaisua ei ole merkitty julkaistuksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="53"/>
        <source>%n comment(s) past the answer deadline.</source>
        <translation>
            <numerusform>%n kommentin vastausaika on ylittynyt.</numerusform>
            <numerusform>%n kommentin vastausaika on ylittynyt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="59"/>
        <source>Time to check the channels&apos; comments and messages.</source>
        <translation>Kanavien kommentit ja viestit on aika tarkistaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="67"/>
        <source>A management report is due: {period}.</source>
        <translation>Johdon raportti on laadittava: {period}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="77"/>
        <source>The archive snapshot of {period} is due.</source>
        <translation>Arkistopaketti on tekemättä ajanjaksolta {period}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reminders.py" line="87"/>
        <source>A closed channel needs its final archive snapshot: {channels}.</source>
        <translation>Suljetulta kanavalta puuttuu viimeinen arkistopaketti: {channels}.</translation>
    </message>
</context>
<context>
    <name>ReportRuns</name>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="56"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="57"/>
        <source>Use these choices</source>
        <translation>Käytä näitä valintoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="60"/>
        <source>Made</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="61"/>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="62"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="63"/>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="64"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="65"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="106"/>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/runs_tab.py" line="109"/>
        <source>The file {name} is not where it was saved, or it has changed since. Make the report again with these choices.</source>
        <translation>Tiedosto {name} ei ole enää tallennuspaikassaan tai se on muuttunut. Laadi raportti uudelleen näillä valinnoilla.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="14"/>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="15"/>
        <source>quarter</source>
        <translation>vuosineljännes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="16"/>
        <source>half-year</source>
        <translation>vuosipuolisko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="17"/>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/periods.py" line="18"/>
        <source>custom period</source>
        <translation>vapaa ajanjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="25"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="26"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="27"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="27"/>
        <source>quarter {number}/{year}</source>
        <translation>{number}. vuosineljännes {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="29"/>
        <source>half-year {number}/{year}</source>
        <translation>{number}. vuosipuolisko {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/period_names.py" line="32"/>
        <source>year {year}</source>
        <translation>vuosi {year}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="61"/>
        <source>pp</source>
        <translation>%-yks.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="108"/>
        <source>Followers at the end of the period</source>
        <translation>Seuraajat jakson lopussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="109"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="178"/>
        <source>Reach</source>
        <translation>Tavoittavuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="110"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="180"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="195"/>
        <source>Engagements</source>
        <translation>Sitoutumiset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="111"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="181"/>
        <source>Engagement rate</source>
        <translation>Sitoutumisaste</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="112"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="182"/>
        <source>Posts published</source>
        <translation>Julkaistut päivitykset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="113"/>
        <source>Comments and messages handled</source>
        <translation>Käsitellyt kommentit ja viestit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="115"/>
        <source>Answered within the deadline</source>
        <translation>Vastattu määräajassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="119"/>
        <source>Median response time</source>
        <translation>Vastausajan mediaani</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="122"/>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="123"/>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="124"/>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="125"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="127"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="126"/>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="131"/>
        <source>Compared with the previous period of the same length ({previous}) and the same period a year earlier ({year}). Statistics come from the files the platforms export; a dash means there is no figure for that period.</source>
        <translation>Vertailukohtina ovat yhtä pitkä edellinen jakso ({previous}) ja sama jakso vuotta aiemmin ({year}). Tilastot perustuvat palveluista ladattuihin tiedostoihin; viiva tarkoittaa, ettei jaksolta ole lukua.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="151"/>
        <source>Change in reach is against the previous period.</source>
        <translation>Tavoittavuuden muutos on verrattu edelliseen jaksoon.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="153"/>
        <source>Change in reach is against the same period a year earlier.</source>
        <translation>Tavoittavuuden muutos on verrattu samaan jaksoon vuotta aiemmin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="175"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="193"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="244"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="341"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="423"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="176"/>
        <source>Followers</source>
        <translation>Seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="177"/>
        <source>Change in followers</source>
        <translation>Seuraajien muutos</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="179"/>
        <source>Change in reach</source>
        <translation>Tavoittavuuden muutos</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="183"/>
        <source>Posting target</source>
        <translation>Julkaisutavoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="188"/>
        <source>The posting target is the channel&apos;s weekly minimum over the period&apos;s weeks.</source>
        <translation>Julkaisutavoite on kanavan viikoittainen vähimmäismäärä jakson viikoille laskettuna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="192"/>
        <source>Post</source>
        <translation>Päivitys</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="194"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="207"/>
        <source>Followers over the period</source>
        <translation>Seuraajat jakson aikana</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="208"/>
        <source>Reach and engagements per channel</source>
        <translation>Tavoittavuus ja sitoutumiset kanavittain</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="237"/>
        <source>{share} of the posts published carried every language their channel requires.</source>
        <translation>Julkaistuista päivityksistä {share} oli kaikilla kanavan edellyttämillä kielillä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="245"/>
        <source>Required languages</source>
        <translation>Edellytetyt kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="246"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="406"/>
        <source>Posts</source>
        <translation>Päivityksiä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="247"/>
        <source>In every language</source>
        <translation>Kaikilla kielillä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="248"/>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="271"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="285"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="292"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="299"/>
        <source>Removal reason</source>
        <translation>Poiston syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="306"/>
        <source>Screenshots kept as evidence</source>
        <translation>Todisteeksi tallennetut kuvakaappaukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="307"/>
        <source>Users blocked in the period</source>
        <translation>Jakson aikana estetyt käyttäjät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="308"/>
        <source>Blocks in force at the end</source>
        <translation>Voimassa olevat estot jakson lopussa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="313"/>
        <source>Monitoring target</source>
        <translation>Seurannan tavoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="315"/>
        <source>{count} check-ins a working day on each channel</source>
        <translation>{count} tarkistusta työpäivässä kullakin kanavalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="319"/>
        <source>Check-ins made</source>
        <translation>Tehdyt tarkistukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="321"/>
        <source>Working days with a gap</source>
        <translation>Työpäivät, joina seurannassa oli aukko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="323"/>
        <source>{days} of {all}</source>
        <translation>{days}/{all}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="331"/>
        <source>{answered} of {needing} comments that needed an answer were answered within the deadline; the median response time was {median}.</source>
        <translation>Vastausta vaatineista {needing} kommentista {answered} vastattiin määräajassa; vastausajan mediaani oli {median}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="342"/>
        <source>Handled</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="343"/>
        <source>Needed an answer</source>
        <translation>Vaati vastauksen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="344"/>
        <source>On time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="345"/>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="346"/>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="347"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="348"/>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="351"/>
        <source>Entries</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="369"/>
        <source>{healthy} of {channels} channels in use have nothing to fix on {day}. The score is their share; each reason below names the channels it concerns.</source>
        <translation>Käytössä olevista {channels} kanavasta {healthy} oli kunnossa {day}. Pisteet ovat niiden osuus; kunkin syyn kohdalla luetellaan kanavat, joita se koskee.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="379"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="380"/>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="444"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="381"/>
        <source>Which</source>
        <translation>Mitkä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="391"/>
        <source>Nothing to fix: every channel in use is in order.</source>
        <translation>Ei korjattavaa: kaikki käytössä olevat kanavat ovat kunnossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="398"/>
        <source>Video without captions</source>
        <translation>Video ilman tekstitystä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="399"/>
        <source>Live recording not made accessible in 14 days</source>
        <translation>Suoran lähetyksen tallennetta ei saatettu saavutettavaksi 14 päivässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="403"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="404"/>
        <source>Duty</source>
        <translation>Velvoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="405"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="412"/>
        <source>No open duties: every video had captions and every recording was done.</source>
        <translation>Ei avoimia velvoitteita: kaikissa videoissa oli tekstitys ja tallenteet oli saatettu saavutettaviksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="424"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="425"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="426"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="427"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="443"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="445"/>
        <source>Language coverage</source>
        <translation>Kieliversiot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="446"/>
        <source>Dialogue and moderation</source>
        <translation>Vuorovaikutus ja moderointi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="447"/>
        <source>Register health</source>
        <translation>Kanavarekisterin kunto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="448"/>
        <source>Accessibility duties</source>
        <translation>Saavutettavuusvelvoitteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="449"/>
        <source>Appendix: the channel list</source>
        <translation>Liite: kanavaluettelo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="461"/>
        <source>Social media report</source>
        <translation>Sosiaalisen median raportti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="479"/>
        <source>The logo of {organisation}</source>
        <translation>Organisaation {organisation} logo</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="483"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="484"/>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="485"/>
        <source>Made on</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="491"/>
        <source>Commentary</source>
        <translation>Saate</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="492"/>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="493"/>
        <source>Top posts</source>
        <translation>Suosituimmat päivitykset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="494"/>
        <source>Register health score</source>
        <translation>Rekisterin kuntopisteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="495"/>
        <source>Moderation in figures</source>
        <translation>Moderointi lukuina</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="496"/>
        <source>Evidence, blocks and monitoring</source>
        <translation>Todisteet, estot ja seuranta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/documents/report_pdf.py" line="497"/>
        <source>Nothing in this period.</source>
        <translation>Jaksolla ei ole tietoja.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="362"/>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="380"/>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="473"/>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="253"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="254"/>
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="255"/>
        <source>Half-year</source>
        <translation>Vuosipuolisko</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="256"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="257"/>
        <source>Custom dates</source>
        <translation>Vapaat päivämäärät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="261"/>
        <source>The previous period</source>
        <translation>Edelliseen jaksoon</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="262"/>
        <source>The same period a year earlier</source>
        <translation>Samaan jaksoon vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>No reminder</source>
        <translation>Ei muistutusta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>Every month</source>
        <translation>Joka kuukausi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="268"/>
        <source>Every quarter</source>
        <translation>Joka vuosineljännes</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="272"/>
        <source>P&amp;eriod length</source>
        <translation>Jakson &amp;pituus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="273"/>
        <source>&amp;Period</source>
        <translation>&amp;Jakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="274"/>
        <source>F&amp;rom</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="275"/>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="276"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="277"/>
        <source>Channels &amp;compared with</source>
        <translation>Kanavien &amp;vertailukohta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="278"/>
        <source>&amp;Sections</source>
        <translation>Os&amp;iot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="279"/>
        <source>C&amp;ommentary (optional, printed after the summary)</source>
        <translation>&amp;Saate (vapaaehtoinen, tulostuu yhteenvedon jälkeen)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="280"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Muistuta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="284"/>
        <source>What the figures mean, what went well and what comes next.</source>
        <translation>Mitä luvut kertovat, mikä onnistui ja mitä seuraavaksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="286"/>
        <source>Prev&amp;iew</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="287"/>
        <source>Make &amp;report…</source>
        <translation>&amp;Laadi raportti…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="288"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="289"/>
        <source>Reports made</source>
        <translation>Laaditut raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="290"/>
        <source>Logo on the cover…</source>
        <translation>Kansilehden logo…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="291"/>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="294"/>
        <source>Choose the period and press Preview to see the pages here.</source>
        <translation>Valitse jakso ja paina Esikatsele, niin sivut näkyvät tässä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="388"/>
        <source>Choose at least one section.</source>
        <translation>Valitse vähintään yksi osio.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="396"/>
        <source>The commentary is longer than {count} characters.</source>
        <translation>Saateteksti on yli {count} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="447"/>
        <source>Typesetting the pages…</source>
        <translation>Taitetaan sivuja…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="465"/>
        <source>Page {number}</source>
        <translation>Sivu {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="467"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="476"/>
        <source>social-media-report-{period}</source>
        <translation>somen-raportti-{period}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="484"/>
        <source>PDF/A (*.pdf)</source>
        <translation>PDF/A (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="496"/>
        <source>Making the report…</source>
        <translation>Raporttia laaditaan…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="508"/>
        <source>The report was not made.</source>
        <translation>Raporttia ei laadittu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="511"/>
        <source>The report was not made</source>
        <translation>Raporttia ei laadittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="515"/>
        <source>Saved {name}</source>
        <translation>Tallennettu {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="523"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="536"/>
        <source>The logo was not saved</source>
        <translation>Logoa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="554"/>
        <source>The reminder was not saved</source>
        <translation>Muistutusta ei tallennettu</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="133"/>
        <source>Request a new channel</source>
        <translation>Uuden kanavan hakemus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="136"/>
        <source>A new channel is a commitment for years. Answer the questions below; the responsible manager approves or rejects the request.</source>
        <translation>Uusi kanava on vuosien sitoumus. Vastaa alla oleviin kysymyksiin; vastuuesihenkilö hyväksyy tai hylkää hakemuksen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="140"/>
        <source>Service:</source>
        <translation>Palvelu:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="144"/>
        <source>Unit:</source>
        <translation>Yksikkö:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="147"/>
        <source>Hours a week:</source>
        <translation>Tunteja viikossa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="148"/>
        <source>How does it complement the website?</source>
        <translation>Miten kanava täydentää verkkosivuja?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="149"/>
        <source>Ready before opening:</source>
        <translation>Valmiina ennen avaamista:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="150"/>
        <source>Profile picture</source>
        <translation>Profiilikuva</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="151"/>
        <source>Description of the channel</source>
        <translation>Kanavan kuvaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="152"/>
        <source>Page rules (moderation policy)</source>
        <translation>Sivun säännöt (moderointiperiaatteet)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="153"/>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="154"/>
        <source>Send the request</source>
        <translation>Lähetä hakemus</translation>
    </message>
</context>
<context>
    <name>RequestQuestion</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="28"/>
        <source>Name of the channel</source>
        <translation>Kanavan nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="29"/>
        <source>Why is the channel needed?</source>
        <translation>Miksi kanavaa tarvitaan?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="30"/>
        <source>Whom should it reach?</source>
        <translation>Keitä kanavalla halutaan tavoittaa?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="31"/>
        <source>What will be published, and how often?</source>
        <translation>Mitä julkaistaan ja kuinka usein?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="32"/>
        <source>What should change because of it?</source>
        <translation>Mitä kanavalla halutaan saada aikaan?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="33"/>
        <source>Who maintains it, and with how many hours?</source>
        <translation>Kuka ylläpitää kanavaa ja millä työajalla?</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="90"/>
        <source>waiting for decision</source>
        <translation>odottaa päätöstä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="91"/>
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="92"/>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="26"/>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="33"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="27"/>
        <source>Proposed name</source>
        <translation>Ehdotettu nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="28"/>
        <source>Requested by</source>
        <translation>Hakija</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="29"/>
        <source>Requested on</source>
        <translation>Haettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="30"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="34"/>
        <source>Handle</source>
        <translation>Käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="35"/>
        <source>Review due</source>
        <translation>Arviointi viimeistään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="36"/>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="94"/>
        <source>New-channel requests</source>
        <translation>Uusien kanavien hakemukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="98"/>
        <source>Request a new channel…</source>
        <translation>Tee uuden kanavan hakemus…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="99"/>
        <source>Open and decide…</source>
        <translation>Avaa ja päätä…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="100"/>
        <source>Reviews due (overdue, within 30 days, or never done)</source>
        <translation>Ajankohtaiset arvioinnit (myöhässä, 30 päivän kuluessa tai tekemättä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="104"/>
        <source>Record a review…</source>
        <translation>Kirjaa arviointi…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="141"/>
        <source>never reviewed</source>
        <translation>ei koskaan arvioitu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="143"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="144"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n päivän kuluttua</numerusform>
            <numerusform>%n päivän kuluttua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="369"/>
        <source>Review: {channel_name}</source>
        <translation>Arviointi: {channel_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="372"/>
        <source>Does the channel still reach its audience and serve its purpose, and are there people to maintain it?</source>
        <translation>Tavoittaako kanava yhä kohderyhmänsä ja palveleeko se tarkoitustaan, ja onko sen ylläpitoon tekijöitä?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="378"/>
        <source>Outcome:</source>
        <translation>Tulos:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="379"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/request_dialogs.py" line="380"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Arvioitu:</translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="95"/>
        <source>keep as it is</source>
        <translation>jatkuu ennallaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="96"/>
        <source>keep, with changes</source>
        <translation>jatkuu muutoksin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/requests.py" line="97"/>
        <source>close the channel</source>
        <translation>kanava suljetaan</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="99"/>
        <source>No Finnish text, though {channel} posts in Finnish.</source>
        <translation>Suomenkielinen teksti puuttuu, vaikka {channel} julkaisee suomeksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="100"/>
        <source>No Swedish text, though {channel} posts in Swedish.</source>
        <translation>Ruotsinkielinen teksti puuttuu, vaikka {channel} julkaisee ruotsiksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="101"/>
        <source>No English text, though {channel} posts in English.</source>
        <translation>Englanninkielinen teksti puuttuu, vaikka {channel} julkaisee englanniksi.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="104"/>
        <source>{channel} is closed: nothing is published there.</source>
        <translation>{channel} on suljettu: sinne ei julkaista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="105"/>
        <source>{channel} is dormant: nothing is published there.</source>
        <translation>{channel} on lepotilassa: sinne ei julkaista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="106"/>
        <source>{channel} has not been approved yet.</source>
        <translation>Kanavaa {channel} ei ole vielä hyväksytty.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="123"/>
        <source>No channel chosen for the post.</source>
        <translation>Julkaisulle ei ole valittu kanavaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="141"/>
        <source>{channel} is not allowed to run paid posts.</source>
        <translation>{channel} ei saa julkaista maksettua mainontaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="152"/>
        <source>Too long for {channel}: {length} characters, at most {limit}.</source>
        <translation>Liian pitkä kanavalle {channel}: {length} merkkiä, enintään {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="173"/>
        <source>{file}: who owns it or under what licence is missing.</source>
        <translation>{file}: omistaja tai lisenssi puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="179"/>
        <source>{file}: consent of the people pictured is not recorded.</source>
        <translation>{file}: kuvattujen henkilöiden suostumusta ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="181"/>
        <source>{file}: the people pictured refused consent.</source>
        <translation>{file}: kuvatut henkilöt ovat evänneet suostumuksensa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="190"/>
        <source>{file}: alternative text missing ({languages}).</source>
        <translation>{file}: vaihtoehtoinen teksti puuttuu ({languages}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="197"/>
        <source>{file}: the video has no captions.</source>
        <translation>{file}: videossa ei ole tekstitystä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="203"/>
        <source>{file}: the live recording was due to be made accessible on {due}.</source>
        <translation>{file}: suoran lähetyksen tallenteen piti olla saavutettava {due} mennessä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="207"/>
        <source>{file}: make the live recording accessible by {due}.</source>
        <translation>{file}: tee suoran lähetyksen tallenteesta saavutettava {due} mennessä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="247"/>
        <source>{channel}: {count} posts in a day, at most {limit}.</source>
        <translation>{channel}: {count} julkaisua päivässä, enintään {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="254"/>
        <source>{channel}: {count} posts in a day, at least {limit}.</source>
        <translation>{channel}: {count} julkaisua päivässä, vähintään {limit}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="266"/>
        <source>{channel}: several posts a day on consecutive days.</source>
        <translation>{channel}: useita julkaisuja päivässä peräkkäisinä päivinä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/rules.py" line="280"/>
        <source>{channel}: {count} posts in week {week}, at least {limit}.</source>
        <translation>{channel}: {count} julkaisua viikolla {week}, vähintään {limit}.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="339"/>
        <source>Type or paste the new value. It replaces the one stored now.</source>
        <translation>Kirjoita tai liitä uusi arvo. Se korvaa nyt tallennetun.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="341"/>
        <source>Type or paste the value. It is saved in this computer&apos;s password store.</source>
        <translation>Kirjoita tai liitä arvo. Se tallennetaan tämän tietokoneen salasanasäilöön.</translation>
    </message>
</context>
<context>
    <name>SecretKind</name>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="34"/>
        <source>Login password</source>
        <translation>Kirjautumissalasana</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="35"/>
        <source>2FA backup codes</source>
        <translation>Kaksivaiheisen tunnistautumisen varakoodit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="36"/>
        <source>API token</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/secrets.py" line="37"/>
        <source>Recovery e-mail and phone</source>
        <translation>Palautuksen sähköposti ja puhelin</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="154"/>
        <source>Secrets are kept in this computer&apos;s password store, never in the database. A shown value hides itself after {shown_seconds} seconds; a copied one is cleared from the clipboard after {seconds} seconds.</source>
        <translation>Salaisuudet säilytetään tämän tietokoneen salasanasäilössä, ei koskaan tietokannassa. Näytetty arvo piilotetaan {shown_seconds} sekunnin kuluttua, ja kopioitu arvo tyhjennetään leikepöydältä {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="165"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="166"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="167"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="189"/>
        <source>This computer has no usable password store (keyring), so secrets cannot be saved or shown here. Everything else in KuntaSome works as usual.</source>
        <translation>Tällä tietokoneella ei ole käytettävissä salasanasäilöä, joten salaisuuksia ei voi tallentaa eikä näyttää. Kaikki muu KuntaSomessa toimii tavalliseen tapaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="199"/>
        <source>Stored; changed on {changed_at}.</source>
        <translation>Tallennettu; muutettu {changed_at}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="203"/>
        <source>Not stored.</source>
        <translation>Ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="205"/>
        <source>Replace…</source>
        <translation>Vaihda…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="205"/>
        <source>Save…</source>
        <translation>Tallenna…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="229"/>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="292"/>
        <source>Secrets</source>
        <translation>Salaisuudet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="254"/>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Kopioitu. Leikepöytä tyhjennetään {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="277"/>
        <source>Delete secret</source>
        <translation>Poista salaisuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/channels/secrets_panel.py" line="279"/>
        <source>Delete “{kind}” of this channel from the password store?</source>
        <translation>Poistetaanko tämän kanavan tieto ”{kind}” salasanasäilöstä?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="28"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="29"/>
        <source>What needs attention now.</source>
        <translation>Mikä vaatii huomiota juuri nyt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="35"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="36"/>
        <source>The channel register: every account, who owns it and who can log in, its purpose, security and review dates, new-channel requests and the public channel list for the website.</source>
        <translation>Kanavarekisteri: kaikki tilit, niiden vastuuhenkilöt ja käyttöoikeudet, tarkoitus, tietoturva ja arviointipäivät, uusien kanavien hakemukset sekä verkkosivujen julkinen kanavaluettelo.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="45"/>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="46"/>
        <source>The posting calendar: posts in Finnish, Swedish and English for several channels, approval, frequency targets, crisis mode and export to Outlook.</source>
        <translation>Julkaisukalenteri: suomen-, ruotsin- ja englanninkieliset julkaisut useisiin kanaviin, hyväksyntä, julkaisutahdin tavoitteet, kriisitila ja vienti Outlookiin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="54"/>
        <source>Moderation</source>
        <translation>Moderointi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="55"/>
        <source>The moderation and dialogue log: answers, removals with screenshot evidence, blocked users, response deadlines and monitoring check-ins.</source>
        <translation>Moderointi- ja vuorovaikutusloki: vastaukset, poistot kuvakaappaustodisteineen, estetyt käyttäjät, vastausajat ja seurantatarkistukset.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="63"/>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="64"/>
        <source>Statistics imported from the files the platforms export, with charts.</source>
        <translation>Tilastot palvelujen omista vientitiedostoista, kaavioineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="70"/>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="71"/>
        <source>Management reports for a month, quarter or half-year as PDF/A.</source>
        <translation>Raportit johdolle kuukaudelta, neljännesvuodelta tai puolelta vuodelta PDF/A-muodossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="77"/>
        <source>Archive</source>
        <translation>Arkisto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="78"/>
        <source>Snapshots for the public-records archive, checked with any BagIt tool, and the records plan.</source>
        <translation>Arkistopaketit arkistonmuodostukseen, tarkistettavissa millä tahansa BagIt-työkalulla, ja tiedonohjaussuunnitelma.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="20"/>
        <source>Answer within</source>
        <translation>Vastausaika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="23"/>
        <source>Office opens</source>
        <translation>Toimisto aukeaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="26"/>
        <source>Office closes</source>
        <translation>Toimisto sulkeutuu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="31"/>
        <source>Check-ins per working day</source>
        <translation>Tarkistuksia työpäivässä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="37"/>
        <source>Keep removals with evidence</source>
        <translation>Poistojen ja todisteiden säilytysaika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="40"/>
        <source>Keep blocks</source>
        <translation>Estojen säilytysaika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/settings.py" line="45"/>
        <source>Keep other entries</source>
        <translation>Muiden merkintöjen säilytysaika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="35"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="37"/>
        <source>Languages of content</source>
        <translation>Sisältöjen kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="41"/>
        <source>Verify admin access every</source>
        <translation>Pääkäyttäjäoikeuksien tarkistusväli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/organisation.py" line="44"/>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="141"/>
        <source>Language of the program</source>
        <translation>Ohjelman kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="144"/>
        <source>Size and place of the window</source>
        <translation>Ikkunan koko ja paikka</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="147"/>
        <source>Layout of the window</source>
        <translation>Ikkunan asettelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="150"/>
        <source>Section shown at start</source>
        <translation>Käynnistyksessä näytettävä osio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="153"/>
        <source>You are (in the people register)</source>
        <translation>Olet (henkilörekisterissä)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="156"/>
        <source>Automatic backups to keep</source>
        <translation>Säilytettävien automaattisten varmuuskopioiden määrä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="161"/>
        <source>Second folder for a copy of each automatic backup</source>
        <translation>Toinen kansio automaattisten varmuuskopioiden kopioille</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/settings.py" line="164"/>
        <source>When the last backup was made</source>
        <translation>Viimeisimmän varmuuskopion ajankohta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="209"/>
        <source>Remind me of reports</source>
        <translation>Muistuta raporteista</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/reports/service.py" line="212"/>
        <source>Reports are written in</source>
        <translation>Raporttien kieli</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="126"/>
        <source>Welcome to KuntaSome</source>
        <translation>Tervetuloa KuntaSomeen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="126"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="130"/>
        <source>KuntaSome keeps your organisation&apos;s social media register, posting calendar, moderation log and statistics on this computer. Choose your language and tell us whose channels these are.</source>
        <translation>KuntaSome säilyttää organisaatiosi sosiaalisen median kanavarekisterin, julkaisukalenterin, moderointilokin ja tilastot tällä tietokoneella. Valitse kieli ja kerro, kenen kanavista on kyse.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="135"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="137"/>
        <source>Country:</source>
        <translation>Maa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="138"/>
        <source>e.g. City of Kallioranta</source>
        <translation>esim. Kalliorannan kaupunki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="139"/>
        <source>&amp;You are:</source>
        <translation>O&amp;let:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="140"/>
        <source>Verify admin &amp;access every:</source>
        <translation>Tarkista &amp;järjestelmänvalvojien oikeudet:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="141"/>
        <source> months</source>
        <translation> kuukauden välein</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="144"/>
        <source>Admin access not verified on the platform for longer than this is flagged in the channel register.</source>
        <translation>Kanavarekisteri varoittaa järjestelmänvalvojan oikeuksista, joita ei ole tarkistettu palvelussa tätä pidempään aikaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="148"/>
        <source>(not chosen)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="154"/>
        <source>Who you are in the people register: your name goes to the audit log, and a manager decides on channel requests.</source>
        <translation>Kuka olet henkilörekisterissä: nimesi tallentuu muutoslokiin, ja vastuuesihenkilönä voit päättää kanavahakemuksista.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="158"/>
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="159"/>
        <source>Sweden</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="162"/>
        <source>Data folder: {root}
Database: {display_name}</source>
        <translation>Tietokansio: {root}
Tietokanta: {display_name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="183"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Kirjoita organisaation nimi.</translation>
    </message>
</context>
<context>
    <name>StartCrisisDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="70"/>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="81"/>
        <source>Switch crisis mode on</source>
        <translation>Ota kriisitila käyttöön</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="73"/>
        <source>Crisis mode pauses every planned and scheduled post that is not crisis communication. Nothing is deleted: when the crisis is over you choose what goes back and when. Crisis channels are highlighted.</source>
        <translation>Kriisitila keskeyttää kaikki suunnitellut ja ajastetut julkaisut, jotka eivät ole kriisiviestintää. Mitään ei poisteta: kriisin jälkeen valitset, mitkä julkaisut palaavat ja milloin. Kriisiviestinnän kanavat korostetaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="78"/>
        <source>&amp;Why (recorded in the log):</source>
        <translation>&amp;Syy (kirjataan lokiin):</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/crisis_dialogs.py" line="79"/>
        <source>Write a crisis message from the template now</source>
        <translation>Kirjoita kriisitiedote mallipohjasta nyt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/kuntasome/app.py" line="55"/>
        <source>The database file {path} does not exist.

If you moved it, quit and move it back. Otherwise KuntaSome can start with a new, empty database.

Create a new, empty database?</source>
        <translation>Tietokantatiedostoa {path} ei ole olemassa.

Jos siirsit tiedoston, lopeta ja siirrä se takaisin. Muuten KuntaSome voi aloittaa uudella, tyhjällä tietokannalla.

Luodaanko uusi, tyhjä tietokanta?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="62"/>
        <source>The database file {path} is empty: it holds no register.

If that is not what you expected, quit and restore it from a backup. Otherwise KuntaSome can start a new, empty register in it.

Start a new, empty register?</source>
        <translation>Tietokantatiedosto {path} on tyhjä: siinä ei ole rekisteriä.

Jos et odottanut tätä, lopeta ja palauta tiedosto varmuuskopiosta. Muuten KuntaSome voi aloittaa siihen uuden, tyhjän rekisterin.

Aloitetaanko uusi, tyhjä rekisteri?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="96"/>
        <source>KuntaSome is already open on this data folder ({folder}). Use that window: two windows on one folder would both make the backups and overwrite each other&apos;s settings.</source>
        <translation>KuntaSome on jo auki tässä tietokansiossa ({folder}). Käytä sitä ikkunaa: kaksi ikkunaa samassa kansiossa tekisivät kumpikin varmuuskopiot ja kirjoittaisivat toistensa asetusten päälle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/app.py" line="106"/>
        <source>Open anyway</source>
        <translation>Avaa silti</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="253"/>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="360"/>
        <source>Statistics</source>
        <extracomment>What the charts and the import list show.</extracomment>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="178"/>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="179"/>
        <source>Imported files</source>
        <translation>Tuodut tiedostot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="184"/>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="185"/>
        <source>Last 3 months</source>
        <translation>Viimeiset 3 kuukautta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="186"/>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="187"/>
        <source>Last 2 years</source>
        <translation>Viimeiset 2 vuotta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="188"/>
        <source>Last 10 years</source>
        <translation>Viimeiset 10 vuotta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="193"/>
        <source>&amp;Chart</source>
        <translation>&amp;Kaavio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="194"/>
        <source>&amp;Period</source>
        <translation>A&amp;janjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="195"/>
        <source>F&amp;rom</source>
        <translation>A&amp;lkaen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="196"/>
        <source>&amp;To</source>
        <translation>&amp;Päättyen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="197"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="200"/>
        <source>Export PNG or SVG…</source>
        <translation>Vie PNG- tai SVG-tiedostoksi…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="201"/>
        <source>Show as a table</source>
        <translation>Näytä taulukkona</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="202"/>
        <source>Import files…</source>
        <translation>Tuo tiedostoja…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="203"/>
        <source>Undo import…</source>
        <translation>Peru tuonti…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="206"/>
        <source>Import the files the services export (Meta Business Suite, X, LinkedIn, YouTube Studio, TikTok Studio, Mastodon and Bluesky archives). Each file is recognised by its content; importing the same period again replaces the figures instead of adding them twice.</source>
        <translation>Tuo palvelujen vientitiedostot (Meta Business Suite, X, LinkedIn, YouTube Studio, TikTok Studio, Mastodon- ja Bluesky-arkistot). Jokainen tiedosto tunnistetaan sisällöstään; saman ajanjakson tuominen uudelleen korvaa luvut eikä laske niitä kahteen kertaan.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="212"/>
        <source>Choose channels to draw a chart.</source>
        <translation>Valitse kanavat, niin kaavio piirretään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="215"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="216"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="217"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="218"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="219"/>
        <source>Values</source>
        <translation>Arvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="220"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="221"/>
        <source>Undone</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="294"/>
        <source>several</source>
        <translation>useita</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="371"/>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="407"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="407"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="409"/>
        <source>Export the chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="418"/>
        <source>Saved {name}</source>
        <translation>Tallennettu {name}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="424"/>
        <source>Import statistics files</source>
        <translation>Tuo tilastotiedostoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="426"/>
        <source>Export files (*.csv *.xlsx *.xls *.json *.car);;All files (*)</source>
        <translation>Vientitiedostot (*.csv *.xlsx *.xls *.json *.car);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="437"/>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="452"/>
        <source>Undo import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/statistics_page.py" line="439"/>
        <source>Remove the {values} values imported from {file_name}?</source>
        <translation>Poistetaanko tiedostosta {file_name} tuodut {values} arvoa?</translation>
    </message>
</context>
<context>
    <name>StatsImport</name>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="40"/>
        <source>Reading {name}…</source>
        <translation>Luetaan {name}…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="50"/>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="67"/>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="78"/>
        <source>{name}: not imported.</source>
        <translation>{name}: ei tuotu.</translation>
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
        <translation>Tuodaan {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="83"/>
        <source>%n value(s) imported</source>
        <translation>
            <numerusform>%n arvo tuotu</numerusform>
            <numerusform>%n arvoa tuotu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="91"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
</context>
<context>
    <name>StatsKind</name>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="17"/>
        <source>Meta Business Suite daily metric</source>
        <translation>Meta Business Suiten päivittäinen mittari</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="18"/>
        <source>Meta Business Suite posts</source>
        <translation>Meta Business Suiten julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="19"/>
        <source>Meta Business Suite audience</source>
        <translation>Meta Business Suiten yleisö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="20"/>
        <source>Facebook Insights page export</source>
        <translation>Facebook Insightsin sivuvienti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="21"/>
        <source>X tweet activity</source>
        <translation>X:n twiittien aktiivisuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="22"/>
        <source>X daily activity</source>
        <translation>X:n päivittäinen aktiivisuus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="23"/>
        <source>X account overview</source>
        <translation>X-tilin yleiskatsaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="24"/>
        <source>X content</source>
        <translation>X:n sisällöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="25"/>
        <source>LinkedIn page content</source>
        <translation>LinkedIn-sivun sisällöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="26"/>
        <source>LinkedIn page followers</source>
        <translation>LinkedIn-sivun seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="27"/>
        <source>LinkedIn page visitors</source>
        <translation>LinkedIn-sivun kävijät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="28"/>
        <source>YouTube Studio table data</source>
        <translation>YouTube Studion taulukkotiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="29"/>
        <source>YouTube Studio chart data</source>
        <translation>YouTube Studion kaaviotiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="30"/>
        <source>YouTube Studio totals</source>
        <translation>YouTube Studion kokonaismäärät</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="31"/>
        <source>YouTube Studio traffic sources</source>
        <translation>YouTube Studion liikenteen lähteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="32"/>
        <source>TikTok Studio overview</source>
        <translation>TikTok Studion yleiskatsaus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="33"/>
        <source>TikTok Studio content</source>
        <translation>TikTok Studion sisällöt</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="34"/>
        <source>TikTok Studio followers</source>
        <translation>TikTok Studion seuraajat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="35"/>
        <source>TikTok Studio viewers</source>
        <translation>TikTok Studion katsojat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="36"/>
        <source>TikTok Studio follower breakdown</source>
        <translation>TikTok Studion seuraajajakauma</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="37"/>
        <source>Mastodon archive posts</source>
        <translation>Mastodon-arkiston julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="38"/>
        <source>Mastodon archive file</source>
        <translation>Mastodon-arkiston tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="39"/>
        <source>Bluesky repository export</source>
        <translation>Bluesky-tilin tietovienti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="40"/>
        <source>Bluesky account identity</source>
        <translation>Bluesky-tilin tunnistetiedot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="41"/>
        <source>Table with mapped columns</source>
        <translation>taulukko yhdistetyin sarakkein</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="45"/>
        <source>a breakdown of the audience (age, gender, places): no daily values</source>
        <translation>yleisön jakauma (ikä, sukupuoli, paikkakunnat): ei päivittäisiä arvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="48"/>
        <source>totals by traffic source for the whole period: no daily values</source>
        <translation>koko ajanjakson määrät liikenteen lähteittäin: ei päivittäisiä arvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="51"/>
        <source>account details: no statistics</source>
        <translation>tilin tiedot: ei tilastoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/statistics/importers/parsed.py" line="52"/>
        <source>followers&apos; active hours or shares: no daily values</source>
        <translation>seuraajien aktiiviset tunnit tai osuudet: ei päivittäisiä arvoja</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="68"/>
        <source>Author names and comment texts are personal data. For a request under the GDPR, find everything about one account (every version of every entry, and blocks) and export it.</source>
        <translation>Kirjoittajien nimet ja kommenttien tekstit ovat henkilötietoja. Tietosuoja-asetuksen mukaista pyyntöä varten hae kaikki yhtä tiliä koskevat tiedot (jokaisen merkinnän kaikki versiot sekä estot) ja vie ne tiedostoon.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="73"/>
        <source>Account name, exactly as in the log</source>
        <translation>Tilin nimi täsmälleen kuten lokissa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="74"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="75"/>
        <source>Find</source>
        <translation>Hae</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="76"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="79"/>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="80"/>
        <source>Seen</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="81"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="82"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="83"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="102"/>
        <source>Searching the log…</source>
        <translation>Haetaan lokista…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="107"/>
        <source>Search failed</source>
        <translation>Haku epäonnistui</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="120"/>
        <source>{searched}: {entries} entries, {blocks} blocks.</source>
        <translation>{searched}: merkintöjä {entries}, estoja {blocks}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="141"/>
        <source>JSON, complete (*.json)</source>
        <translation>JSON, kaikki tiedot (*.json)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="142"/>
        <source>CSV for Excel, entries (*.csv)</source>
        <translation>CSV Exceliin, merkinnät (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="146"/>
        <source>Export everything about {searched}</source>
        <translation>Vie kaikki tiedot tilistä {searched}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/subject_tab.py" line="158"/>
        <source>Saved {name}</source>
        <translation>Tallennettu {name}</translation>
    </message>
</context>
<context>
    <name>TargetStatus</name>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="61"/>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="62"/>
        <source>scheduled</source>
        <translation>ajastettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="63"/>
        <source>paused (crisis)</source>
        <translation>keskeytetty (kriisi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="64"/>
        <source>published</source>
        <translation>julkaistu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/calendar/posts.py" line="65"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../src/kuntasome/ui/tasks.py" line="196"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/tasks.py" line="205"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="256"/>
        <source>No backup of this data has been made yet. A backup keeps the register, the moderation log and its evidence safe if this computer is lost.</source>
        <extracomment>A card or first step chose a list or an action: &quot;section:list&quot; or &quot;settings&quot;.</extracomment>
        <translation>Näistä tiedoista ei ole vielä tehty varmuuskopiota. Varmuuskopio turvaa rekisterin, moderointilokin ja sen todisteet, jos tietokone katoaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="262"/>
        <source>The last backup was made on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>Viimeisin varmuuskopio on tehty {date}, %n päivä sitten.</numerusform>
            <numerusform>Viimeisin varmuuskopio on tehty {date}, %n päivää sitten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="266"/>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="276"/>
        <source>The archive snapshot of {period} has not been made.</source>
        <translation>Arkistopakettia ei ole vielä tehty ajanjaksolta {period}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="281"/>
        <source>Closed channels without their final snapshot: {channels}.</source>
        <translation>Suljetut kanavat, joilta puuttuu viimeinen arkistopaketti: {channels}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="287"/>
        <source>Open Archive</source>
        <translation>Avaa Arkisto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="317"/>
        <source>The overview could not be loaded: {error}</source>
        <translation>Yleiskatsausta ei voitu ladata: {error}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="322"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="349"/>
        <source>Posts planned for today</source>
        <translation>Tälle päivälle suunnitellut julkaisut</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="350"/>
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n julkaistaan tunnin sisällä</numerusform>
            <numerusform>%n julkaistaan tunnin sisällä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="354"/>
        <source>Posts waiting for approval</source>
        <translation>Hyväksyntää odottavat julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="359"/>
        <source>Comments waiting for an answer</source>
        <translation>Vastausta odottavat kommentit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="360"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="365"/>
        <source>Scheduled posts not marked published</source>
        <translation>Ajastetut julkaisut, joita ei ole merkitty julkaistuiksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="370"/>
        <source>Channel reviews overdue</source>
        <translation>Myöhässä olevat kanava-arvioinnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="372"/>
        <source>{channels_active} active channels of {channels_total} in the register</source>
        <translation>{channels_active} aktiivista kanavaa, rekisterissä yhteensä {channels_total}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="379"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="383"/>
        <source>Check due now</source>
        <translation>Tarkistuksen aika</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="384"/>
        <source>Monitoring of the channels</source>
        <translation>Kanavien seuranta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="385"/>
        <source>Last check-in {last}</source>
        <translation>Edellinen tarkistus {last}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="391"/>
        <source>Next check due {time_zone}</source>
        <translation>Seuraava tarkistus viimeistään {time_zone}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="397"/>
        <source>Last monitoring check-in</source>
        <translation>Viimeisin seurantatarkistus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="400"/>
        <source>Posts this week with rule warnings</source>
        <translation>Tämän viikon julkaisuja, joissa on varoituksia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="401"/>
        <source>Languages, paid posts, rights, captions, length, frequency</source>
        <translation>Kielet, maksettu mainonta, oikeudet, tekstitys, pituus, julkaisutahti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="406"/>
        <source>Live recordings to make accessible</source>
        <translation>Saavutettaviksi tehtävät lähetystallenteet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="407"/>
        <source>Within 14 days of the broadcast</source>
        <translation>14 päivän kuluessa lähetyksestä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="415"/>
        <source>Management report due</source>
        <translation>Johdon raportti laatimatta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="416"/>
        <source>Make it in Reports</source>
        <translation>Laadi se kohdassa Raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="420"/>
        <source>Management reports up to date</source>
        <translation>Johdon raportit ajan tasalla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="430"/>
        <source>Open today in the calendar</source>
        <translation>Avaa tämä päivä kalenterissa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="431"/>
        <source>List the posts waiting for approval</source>
        <translation>Näytä hyväksyntää odottavat julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="432"/>
        <source>List the comments waiting for an answer</source>
        <translation>Näytä vastausta odottavat kommentit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="433"/>
        <source>List the scheduled posts not marked published</source>
        <translation>Näytä ajastetut julkaisut, joita ei ole merkitty julkaistuiksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="434"/>
        <source>List the channels whose review is due</source>
        <translation>Näytä kanavat, joiden arviointi on ajankohtainen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="435"/>
        <source>Open monitoring</source>
        <translation>Avaa seuranta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="436"/>
        <source>List the posts of the coming week with rule warnings</source>
        <translation>Näytä tulevan viikon julkaisut, joissa on sääntövaroituksia</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="437"/>
        <source>List the posts with live recordings to make accessible</source>
        <translation>Näytä julkaisut, joiden lähetystallenne on tehtävä saavutettavaksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="438"/>
        <source>Open Reports</source>
        <translation>Avaa Raportit</translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="26"/>
        <source>not in use</source>
        <translation>ei käytössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="27"/>
        <source>authenticator app</source>
        <translation>todennussovellus</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="28"/>
        <source>security key</source>
        <translation>suojausavain</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="29"/>
        <source>text message</source>
        <translation>tekstiviesti</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/details.py" line="30"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
</context>
<context>
    <name>UnblockDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="153"/>
        <source>Lift the block on {account}</source>
        <translation>Pura tilin {account} esto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="154"/>
        <source>&amp;Lifted on</source>
        <translation>&amp;Purettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/moderation/blocks_tab.py" line="155"/>
        <source>&amp;Reason</source>
        <translation>P&amp;eruste</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="128"/>
        <source>Entry {id} does not follow entry {previous}: an entry between them was removed or the order was changed.</source>
        <translation>Merkintä {id} ei seuraa merkintää {previous}: niiden välistä on poistettu merkintä tai järjestystä on muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="86"/>
        <source>Entry {id} has been changed after it was saved (its content or its evidence no longer matches its hash).</source>
        <extracomment>A log shorter than this is checked in one process (starting another costs ~0.5 s).</extracomment>
        <translation>Merkintää {id} on muutettu tallentamisen jälkeen (sen sisältö tai todisteet eivät enää vastaa sen tiivistettä).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="363"/>
        <source>The personal data of entry {id} was removed, but no disposal in the log records it.</source>
        <translation>Merkinnän {id} henkilötiedot on poistettu, mutta mikään lokiin kirjattu hävittäminen ei kata sitä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="377"/>
        <source>The log ends at entry {last}, but entry {head} was the last one saved: entries have been removed from its end.</source>
        <translation>Loki päättyy merkintään {last}, mutta viimeksi tallennettu oli merkintä {head}: lopusta on poistettu merkintöjä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="277"/>
        <source>The evidence file {file} of entry {id} is missing.</source>
        <translation>Merkinnän {id} todistetiedosto {file} puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/moderation/verify.py" line="289"/>
        <source>The evidence file {file} of entry {id} has been changed: its SHA-256 is no longer the one recorded.</source>
        <translation>Merkinnän {id} todistetiedostoa {file} on muutettu: sen SHA-256-tiiviste ei enää vastaa tallennettua.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="56"/>
        <source>Fewer than two people have admin access ({count}).</source>
        <translation>Järjestelmänvalvojan oikeudet on alle kahdella henkilöllä ({count}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="59"/>
        <source>{person}&apos;s admin access has not been verified for {months} months.</source>
        <translation>Henkilön {person} järjestelmänvalvojan oikeuksia ei ole tarkistettu {months} kuukauteen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="62"/>
        <source>{person} has left but still has {role} access.</source>
        <translation>{person} on lähtenyt, mutta hänellä on yhä oikeudet (rooli: {role}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="65"/>
        <source>No responsible manager.</source>
        <translation>Vastuuesihenkilö puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channels/access.py" line="66"/>
        <source>Two-factor authentication is not in use.</source>
        <translation>Kaksivaiheinen tunnistautuminen ei ole käytössä.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../src/kuntasome/ui/calendar/week_view.py" line="53"/>
        <source>Week calendar</source>
        <translation>Viikkokalenteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/calendar/week_view.py" line="133"/>
        <source>Wk {week}</source>
        <translation>Vko {week}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../src/kuntasome/ui/widgets.py" line="47"/>
        <source>Something went wrong and nothing was saved. The log has the details.</source>
        <translation>Jokin meni vikaan, eikä mitään tallennettu. Tarkemmat tiedot ovat lokissa.</translation>
    </message>
</context>
</TS>
