<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessRole</name>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="20" />
        <source>admin</source>
        <translation>järjestelmänvalvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="21" />
        <source>editor</source>
        <translation>muokkaaja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="22" />
        <source>moderator</source>
        <translation>valvoja</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="23" />
        <source>analyst</source>
        <translation>analyytikko</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="23" />
        <source>requested</source>
        <translation>haettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="24" />
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="25" />
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="26" />
        <source>dormant</source>
        <translation>lepotilassa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="27" />
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="28" />
        <source>reserved</source>
        <translation>varattu</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="57" />
        <location filename="../src/kuntasome/core/integrity.py" line="76" />
        <source>The database file is damaged: {detail}</source>
        <translation>Tietokantatiedosto on vioittunut: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="61" />
        <source>The database file is intact.</source>
        <translation>Tietokantatiedosto on eheä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="66" />
        <source>Broken references between records in: {tables}</source>
        <translation>Tietueiden välisiä viittauksia on rikki tauluissa: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="70" />
        <source>All references between records hold.</source>
        <translation>Kaikki tietueiden väliset viittaukset ovat kunnossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="86" />
        <source>The database is not in WAL mode (it is {mode}).</source>
        <translation>Tietokanta ei ole WAL-tilassa (tila: {mode}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="102" />
        <source>The database server answers.</source>
        <translation>Tietokantapalvelin vastaa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="111" />
        <source>Tables are missing: {tables}</source>
        <translation>Tauluja puuttuu: {tables}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="136" />
        <source>The database is empty: it has no tables.</source>
        <translation>Tietokanta on tyhjä: siinä ei ole yhtään taulua.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="143" />
        <source>The database schema is {revision}; this version uses {head}. It is updated (after a backup) the next time KuntaSome starts.</source>
        <translation>Tietokannan rakenneversio on {revision}, tämä ohjelmaversio käyttää versiota {head}. Rakenne päivitetään (varmuuskopion jälkeen), kun KuntaSome seuraavan kerran käynnistetään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/integrity.py" line="155" />
        <source>The database schema is up to date ({revision}).</source>
        <translation>Tietokannan rakenne on ajan tasalla ({revision}).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/kuntasome/cli.py" line="70" />
        <source>KuntaSome: social media register, posting calendar, moderation log and statistics for a municipality. Without a command, the application window opens.</source>
        <translation>KuntaSome: kunnan sosiaalisen median kanavarekisteri, julkaisukalenteri, moderointiloki ja tilastot. Ilman komentoa avautuu sovellusikkuna.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="78" />
        <source>language of the output</source>
        <translation>tulosteen kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="82" />
        <source>FOLDER</source>
        <translation>KANSIO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="83" />
        <source>data folder (default: the per-user application data folder, or KUNTASOME_DATA_DIR)</source>
        <translation>tietokansio (oletus: käyttäjän sovellustietokansio tai KUNTASOME_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="91" />
        <source>database URL, e.g. postgresql+psycopg://user@host/kuntasome (default: the SQLite file in the data folder)</source>
        <translation>tietokannan osoite, esim. postgresql+psycopg://kayttaja@palvelin/kuntasome (oletus: tietokansion SQLite-tiedosto)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="97" />
        <location filename="../src/kuntasome/cli.py" line="145" />
        <location filename="../src/kuntasome/cli.py" line="189" />
        <location filename="../src/kuntasome/cli.py" line="215" />
        <source>COMMAND</source>
        <translation>KOMENTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="101" />
        <source>fill an empty database with a fictional bilingual municipality</source>
        <translation>täytä tyhjä tietokanta kuvitteellisen kaksikielisen kunnan tiedoilla</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="102" />
        <source>Fill an empty database with the fictional town of Kallioranta – Bergstrand: channels, people, posts, moderation entries, check-ins and statistics.</source>
        <translation>Täyttää tyhjän tietokannan kuvitteellisen Kalliorannan kaupungin (Bergstrands stad) tiedoilla: kanavat, henkilöt, julkaisut, moderointimerkinnät, seurantatarkistukset ja tilastot.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="109" />
        <source>random seed (same seed, same data)</source>
        <translation>satunnaisluvun siemen (sama siemen, samat tiedot)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="111" />
        <source>years of history</source>
        <translation>historian pituus vuosina</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="116" />
        <source>small: about 12 channels; large: the benchmark municipality</source>
        <translation>small: noin 12 kanavaa; large: suorituskykytestien suuri kunta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="121" />
        <source>DATE</source>
        <translation>PÄIVÄ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="122" />
        <source>the date the demo is built around (default: today)</source>
        <translation>päivä, jonka ympärille esittelyaineisto rakennetaan (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="63" />
        <source>print the result as JSON</source>
        <translation>tulosta tulos JSON-muodossa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="128" />
        <source>check the database's integrity and migration state</source>
        <translation>tarkista tietokannan eheys ja rakenneversio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="129" />
        <source>Check the database's integrity and migration state. Changes nothing.</source>
        <translation>Tarkistaa tietokannan eheyden ja rakenneversion. Ei muuta mitään.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="136" />
        <source>also compare every index with its table (slower)</source>
        <translation>vertaa myös jokaista indeksiä tauluunsa (hitaampi)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="141" />
        <source>the channel register</source>
        <translation>kanavarekisteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="142" />
        <source>The channel register.</source>
        <translation>Kanavarekisteri.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="148" />
        <source>list every channel in the register</source>
        <translation>luettele kaikki rekisterin kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="162" />
        <source>the public list of official channels for the website</source>
        <translation>julkinen luettelo virallisista kanavista verkkosivuille</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="170" />
        <source>language of the list</source>
        <translation>luettelon kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="158" />
        <location filename="../src/kuntasome/cli.py" line="175" />
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="154" />
        <source>import a channel inventory spreadsheet (CSV or XLSX), all or nothing</source>
        <translation>tuo kanavaluettelo taulukosta (CSV tai XLSX), kaikki tai ei mitään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="176" />
        <source>file to write</source>
        <translation>kirjoitettava tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="181" />
        <source>channel passwords and backup codes in the keyring</source>
        <translation>kanavien salasanat ja varakoodit salasanasäilössä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="182" />
        <source>Channel passwords, backup codes, tokens and recovery notes live in the computer's password store (keyring), never in the database.</source>
        <translation>Kanavien salasanat, varakoodit, tunnisteet ja palautustiedot säilytetään tietokoneen salasanasäilössä, ei koskaan tietokannassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="192" />
        <source>store a secret; the value is read from standard input</source>
        <translation>tallenna salaisuus; arvo luetaan vakiosyötteestä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="196" />
        <location filename="../src/kuntasome/cli.py" line="205" />
        <source>CHANNEL</source>
        <translation>KANAVA</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="197" />
        <location filename="../src/kuntasome/cli.py" line="206" />
        <source>channel id, handle or platform:handle</source>
        <translation>kanavan numero, käyttäjänimi tai palvelu:käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="201" />
        <source>which secrets a channel has (never their values)</source>
        <translation>mitä salaisuuksia kanavalla on (ei koskaan niiden arvoja)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="211" />
        <source>people and their access to channels</source>
        <translation>henkilöt ja heidän käyttöoikeutensa kanaviin</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="212" />
        <source>People and their access to channels.</source>
        <translation>Henkilöt ja heidän käyttöoikeutensa kanaviin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="219" />
        <source>what to revoke when a person leaves: every channel and role</source>
        <translation>mitä poistetaan, kun henkilö lähtee: kaikki kanavat ja roolit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="223" />
        <source>PERSON</source>
        <translation>HENKILÖ</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="224" />
        <source>person's number, e-mail address or name</source>
        <translation>henkilön numero, sähköpostiosoite tai nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="269" />
        <source>Demo data created in %1 seconds:</source>
        <translation>Esittelyaineisto luotiin %1 sekunnissa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="272" />
        <source>channels</source>
        <translation>kanavaa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="273" />
        <source>people</source>
        <translation>henkilöä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="274" />
        <source>posts</source>
        <translation>julkaisua</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="275" />
        <source>post targets</source>
        <translation>julkaisukohdetta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="276" />
        <source>moderation entries</source>
        <translation>moderointimerkintää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="277" />
        <source>blocked users</source>
        <translation>estettyä käyttäjää</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="278" />
        <source>monitoring check-ins</source>
        <translation>seurantatarkistusta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="279" />
        <source>metric values</source>
        <translation>tilastoarvoa</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="303" />
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="308" />
        <source>No problems found.</source>
        <translation>Ongelmia ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="310" />
        <source>Problems found.</source>
        <translation>Ongelmia löytyi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="342" />
        <location filename="../src/kuntasome/cli.py" line="398" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n kanava</numerusform><numerusform>%n kanavaa</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="364" />
        <source>row %1</source>
        <translation>rivi %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="374" />
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>Tuotiin %n kanava.</numerusform><numerusform>Tuotiin %n kanavaa.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="406" />
        <source>Secret (not shown): </source>
        <translation>Salaisuus (ei näytetä): </translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="421" />
        <source>Saved in the password store: %1 of %2.</source>
        <translation>Tallennettu salasanasäilöön: %1, kanava %2.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="454" />
        <source>Access to revoke for %1:</source>
        <translation>Poistettavat käyttöoikeudet: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/cli.py" line="459" />
        <source>Responsible manager of (choose a new one):</source>
        <translation>Vastuuesihenkilönä näissä kanavissa (valitse uusi):</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="45" />
        <source>KuntaSome – unexpected error</source>
        <translation>KuntaSome – odottamaton virhe</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="48" />
        <source>Something went wrong that KuntaSome did not expect. Your saved data is safe; the action you were doing may not have finished.</source>
        <translation>Tapahtui virhe, jota KuntaSome ei osannut odottaa. Tallennetut tiedot ovat tallessa, mutta juuri tekemäsi toiminto on voinut jäädä kesken.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/crash.py" line="55" />
        <source>The details below were also written to the log file:
%1</source>
        <translation>Alla olevat tiedot on kirjoitettu myös lokitiedostoon:
%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="70" />
        <source>{name} is not a KuntaSome database. Choose another file or folder.</source>
        <translation>{name} ei ole KuntaSomen tietokanta. Valitse toinen tiedosto tai kansio.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="78" />
        <source>The database {name} was made by a newer version of KuntaSome (schema {revision}). Install the newer version to open it. Nothing was changed.</source>
        <translation>Tietokanta {name} on tehty KuntaSomen uudemmalla versiolla (rakenneversio {revision}). Asenna uudempi versio avataksesi sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="92" />
        <source>The database file {path} is damaged or is not a database ({detail}). Nothing was changed. Restore it from a backup in the backups folder.</source>
        <translation>Tietokantatiedosto {path} on vioittunut tai se ei ole tietokanta ({detail}). Mitään ei muutettu. Palauta tiedosto varmuuskopiokansiossa olevasta varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="104" />
        <source>The database {path} is in use by another program, or by KuntaSome in another window. Close it and try again.</source>
        <translation>Tietokanta {path} on toisen ohjelman tai toisessa ikkunassa avoinna olevan KuntaSomen käytössä. Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="178" />
        <source>Cannot connect to the database server {name}: {detail}</source>
        <translation>Tietokantapalvelimeen {name} ei saada yhteyttä: {detail}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/database.py" line="224" />
        <location filename="../src/kuntasome/core/integrity.py" line="128" />
        <source>The database file {path} does not exist.</source>
        <translation>Tietokantatiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/demo/generator.py" line="546" />
        <source>The database already holds {count} channels. Demo data goes only into an empty database: use another data folder (--data-dir).</source>
        <translation>Tietokannassa on jo {count} kanavaa. Esittelyaineiston voi luoda vain tyhjään tietokantaan: käytä toista tietokansiota (--data-dir).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="79" />
        <source>“{value}” is not a valid {platform} address. Write it like this: {example}</source>
        <translation>”{value}” ei ole kelvollinen {platform}-osoite. Kirjoita se esimerkiksi näin: {example}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="94" />
        <source>Use a secure https:// address, not http://: {value}</source>
        <translation>Käytä suojattua https://-osoitetta, ei http://-osoitetta: {value}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/platforms.py" line="109" />
        <source>Unknown platform: {platform}</source>
        <translation>Tuntematon palvelu: {platform}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="105" />
        <location filename="../src/kuntasome/core/channel_register.py" line="197" />
        <source>No channel {ref} in the register.</source>
        <translation>Kanavaa {ref} ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="108" />
        <source>Several channels are called {ref}: write it as platform:handle, e.g. {example}.</source>
        <translation>Useamman kanavan nimi on {ref}: kirjoita muodossa palvelu:käyttäjänimi, esim. {example}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="158" />
        <source>{platform} {handle} is already in the register ({name}).</source>
        <translation>{platform}-tili {handle} on jo rekisterissä ({name}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_register.py" line="201" />
        <source>A channel cannot go from {old} to {new}.</source>
        <translation>Kanavan tilaa ei voi muuttaa: ”{old}” → ”{new}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="52" />
        <source>The computer's password store (keyring) is not available, so passwords and backup codes cannot be saved or shown. Everything else keeps working.</source>
        <translation>Tietokoneen salasanasäilö ei ole käytettävissä, joten salasanoja ja varakoodeja ei voi tallentaa eikä näyttää. Kaikki muu toimii normaalisti.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="96" />
        <source>The secret is empty.</source>
        <translation>Salaisuus on tyhjä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="100" />
        <source>The secret is too long for the Windows password store: at most {limit} characters (this one has {length}). Split it, or keep the rest elsewhere.</source>
        <translation>Salaisuus on liian pitkä Windowsin salasanasäilöön: enintään {limit} merkkiä (tässä on {length}). Jaa se osiin tai säilytä loput muualla.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_secrets.py" line="124" />
        <source>No such secret is stored in this computer's password store.</source>
        <translation>Tällaista salaisuutta ei ole tallennettu tämän tietokoneen salasanasäilöön.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="153" />
        <location filename="../src/kuntasome/core/access.py" line="169" />
        <location filename="../src/kuntasome/core/access.py" line="236" />
        <source>No person {ref} in the register.</source>
        <translation>Henkilöä {ref} ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="212" />
        <source>No such access in the register.</source>
        <translation>Tällaista käyttöoikeutta ei ole rekisterissä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="78" />
        <source>Answer “{question}” before sending the request.</source>
        <translation>Vastaa kysymykseen ”{question}” ennen hakemuksen lähettämistä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="121" />
        <source>This request is no longer waiting.</source>
        <translation>Tämä hakemus ei enää odota päätöstä.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="124" />
        <source>Only a responsible manager can decide on a request.</source>
        <translation>Hakemuksesta voi päättää vain vastuuesihenkilö.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="127" />
        <source>Give a reason for the rejection.</source>
        <translation>Kirjoita perustelu hylkäämiselle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="142" />
        <source>The file {path} does not exist.</source>
        <translation>Tiedostoa {path} ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="149" />
        <source>{path} has no rows to import: expected a header row and one row per channel.</source>
        <translation>Tiedostossa {path} ei ole tuotavia rivejä: odotettiin otsikkoriviä ja yhtä riviä kanavaa kohden.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="166" />
        <source>{path} is not a readable Excel workbook.</source>
        <translation>{path} ei ole luettava Excel-työkirja.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="208" />
        <source>Choose which column holds the {field}: it is needed for every channel.</source>
        <translation>Valitse sarake, jossa on {field}: se tarvitaan jokaiselle kanavalle.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="228" />
        <source>The same account is already on row {row}.</source>
        <translation>Sama tili on jo rivillä {row}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="252" />
        <source>Unknown service “{value}”: expected one of {known}.</source>
        <translation>Tuntematon palvelu ”{value}”: odotettiin jotakin näistä: {known}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="264" />
        <source>Unknown status “{value}”.</source>
        <translation>Tuntematon tila ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="270" />
        <source>Unknown language “{value}”.</source>
        <translation>Tuntematon kieli ”{value}”.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="298" />
        <source>Nothing was imported: {count} rows have problems. First, row {row}: {reason}</source>
        <translation>Mitään ei tuotu: {count} rivillä on ongelmia. Ensimmäinen, rivi {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="313" />
        <source>Nothing was imported: row {row}, {handle}, is already in the register.</source>
        <translation>Mitään ei tuotu: rivin {row} tili {handle} on jo rekisterissä.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="238" />
        <source>platform</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="239" />
        <source>address or handle</source>
        <translation>osoite tai käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="240" />
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="241" />
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="242" />
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="243" />
        <source>languages</source>
        <translation>kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_import.py" line="244" />
        <source>purpose</source>
        <translation>tarkoitus</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="26" />
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="27" />
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="28" />
        <source>English</source>
        <translation>englanti</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="140" />
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="142" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="143" />
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="144" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="146" />
        <source>Open &amp;data folder</source>
        <translation>Avaa &amp;tietokansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="147" />
        <source>Open &amp;log folder</source>
        <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="148" />
        <source>&amp;About KuntaSome</source>
        <translation>&amp;Tietoja KuntaSomesta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="149" />
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="153" />
        <source>Database: %1 (%2)</source>
        <translation>Tietokanta: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="186" />
        <source>Language changed.</source>
        <translation>Kieli vaihdettu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="200" />
        <source>About KuntaSome</source>
        <translation>Tietoja KuntaSomesta</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/main_window.py" line="202" />
        <source>&lt;h3&gt;KuntaSome %1&lt;/h3&gt;&lt;p&gt;Responsible social media for a municipality's communications team: channel register, posting calendar, moderation log, statistics, reports and archive.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KuntaSome %1&lt;/h3&gt;&lt;p&gt;Vastuullista sosiaalista mediaa kunnan viestintätiimille: kanavarekisteri, julkaisukalenteri, moderointiloki, tilastot, raportit ja arkistointi.&lt;/p&gt;&lt;p&gt;Tietokansio: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="140" />
        <source>This section is not available in this version of KuntaSome yet.
It will be added in a coming update; until then nothing is shown here.</source>
        <translation>Tämä osio ei ole vielä käytettävissä tässä KuntaSomen versiossa.
Se lisätään tulevassa päivityksessä; siihen asti tässä ei näytetä mitään.</translation>
    </message>
</context>
<context>
    <name>PublicList</name>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="31" />
        <source>Official social media channels of {organisation}</source>
        <translation>{organisation}: viralliset sosiaalisen median kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="32" />
        <source>These are the official accounts of {organisation}. Other accounts that use our name are not maintained by us. List updated on {date}.</source>
        <translation>Viralliset tilit – {organisation}. Muita nimeämme käyttäviä tilejä emme ylläpidä. Luettelo on päivitetty {date}.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="38" />
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="39" />
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="40" />
        <source>Maintained by</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="41" />
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="42" />
        <source>What we post there</source>
        <translation>Mitä julkaisemme</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/public_list.py" line="44" />
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
</context>
<context>
    <name>RequestQuestion</name>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="24" />
        <source>Name of the channel</source>
        <translation>Kanavan nimi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="25" />
        <source>Why is the channel needed?</source>
        <translation>Miksi kanavaa tarvitaan?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="26" />
        <source>Whom should it reach?</source>
        <translation>Keitä kanavalla halutaan tavoittaa?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="27" />
        <source>What will be published, and how often?</source>
        <translation>Mitä julkaistaan ja kuinka usein?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="28" />
        <source>What should change because of it?</source>
        <translation>Mitä kanavalla halutaan saada aikaan?</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/channel_requests.py" line="29" />
        <source>Who maintains it, and with how many hours?</source>
        <translation>Kuka ylläpitää kanavaa ja millä työajalla?</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="28" />
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="29" />
        <source>What needs attention now.</source>
        <translation>Mikä vaatii huomiota juuri nyt.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="35" />
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="36" />
        <source>The channel register: every account, who owns it and who can log in, its purpose, security and review dates, new-channel requests and the public channel list for the website.</source>
        <translation>Kanavarekisteri: kaikki tilit, niiden vastuuhenkilöt ja käyttöoikeudet, tarkoitus, tietoturva ja arviointipäivät, uusien kanavien hakemukset sekä verkkosivujen julkinen kanavaluettelo.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="45" />
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="46" />
        <source>The posting calendar: posts in Finnish, Swedish and English for several channels, approval, frequency targets, crisis mode and export to Outlook.</source>
        <translation>Julkaisukalenteri: suomen-, ruotsin- ja englanninkieliset julkaisut useisiin kanaviin, hyväksyntä, julkaisutahdin tavoitteet, kriisitila ja vienti Outlookiin.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="54" />
        <source>Moderation</source>
        <translation>Moderointi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="55" />
        <source>The moderation and dialogue log: answers, removals with screenshot evidence, blocked users, response deadlines and monitoring check-ins.</source>
        <translation>Moderointi- ja vuorovaikutusloki: vastaukset, poistot kuvakaappaustodisteineen, estetyt käyttäjät, vastausajat ja seurantatarkistukset.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="63" />
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="64" />
        <source>Statistics imported from the files the platforms export, with charts.</source>
        <translation>Tilastot palvelujen omista vientitiedostoista, kaavioineen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="70" />
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="71" />
        <source>Management reports for a month, quarter or half-year as PDF/A.</source>
        <translation>Raportit johdolle kuukaudelta, neljännesvuodelta tai puolelta vuodelta PDF/A-muodossa.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="77" />
        <source>Archive</source>
        <translation>Arkisto</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/sections.py" line="78" />
        <source>Archive bundles for the public-records archive, retention and disposal, backup and restore.</source>
        <translation>Arkistopaketit arkistonmuodostukseen, säilytysajat ja hävittäminen, varmuuskopiointi ja palautus.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="96" />
        <source>Welcome to KuntaSome</source>
        <translation>Tervetuloa KuntaSomeen</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="96" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="100" />
        <source>KuntaSome keeps your organisation's social media register, posting calendar, moderation log and statistics on this computer. Choose your language and tell us whose channels these are.</source>
        <translation>KuntaSome säilyttää organisaatiosi sosiaalisen median kanavarekisterin, julkaisukalenterin, moderointilokin ja tilastot tällä tietokoneella. Valitse kieli ja kerro, kenen kanavista on kyse.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="105" />
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="106" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="107" />
        <source>Country:</source>
        <translation>Maa:</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="108" />
        <source>e.g. City of Kallioranta</source>
        <translation>esim. Kalliorannan kaupunki</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="109" />
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="110" />
        <source>Sweden</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="112" />
        <source>Data folder: %1
Database: %2</source>
        <translation>Tietokansio: %1
Tietokanta: %2</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/settings_dialog.py" line="132" />
        <source>Please enter the organisation's name.</source>
        <translation>Kirjoita organisaation nimi.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/kuntasome/app.py" line="48" />
        <source>The database file %1 does not exist.

If you moved it, quit and move it back. Otherwise KuntaSome can start with a new, empty database.

Create a new, empty database?</source>
        <translation>Tietokantatiedostoa %1 ei ole olemassa.

Jos siirsit tiedoston, lopeta ja siirrä se takaisin. Muuten KuntaSome voi aloittaa uudella, tyhjällä tietokannalla.

Luodaanko uusi, tyhjä tietokanta?</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="107" />
        <source>The overview could not be loaded: %1</source>
        <translation>Yleiskatsausta ei voitu ladata: %1</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="112" />
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="123" />
        <source>Posts planned for today</source>
        <translation>Tälle päivälle suunnitellut julkaisut</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="124" />
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n erääntyy tunnin sisällä</numerusform><numerusform>%n erääntyy tunnin sisällä</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="128" />
        <source>Posts waiting for approval</source>
        <translation>Hyväksyntää odottavat julkaisut</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="133" />
        <source>Comments waiting for an answer</source>
        <translation>Vastausta odottavat kommentit</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="134" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n myöhässä</numerusform><numerusform>%n myöhässä</numerusform></translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="139" />
        <source>Scheduled posts not marked published</source>
        <translation>Ajastetut julkaisut, joita ei ole merkitty julkaistuiksi</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="144" />
        <source>Channel reviews overdue</source>
        <translation>Myöhässä olevat kanava-arvioinnit</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="145" />
        <source>%1 active channels of %2 in the register</source>
        <translation>%1 aktiivista kanavaa, rekisterissä yhteensä %2</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="151" />
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/ui/today_page.py" line="153" />
        <source>Last monitoring check-in</source>
        <translation>Viimeisin seurantatarkistus</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="49" />
        <source>Fewer than two people have admin access ({count}).</source>
        <translation>Järjestelmänvalvojan oikeudet on alle kahdella henkilöllä ({count}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="52" />
        <source>{person}'s admin access has not been verified for {months} months.</source>
        <translation>Henkilön {person} järjestelmänvalvojan oikeuksia ei ole tarkistettu {months} kuukauteen.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="55" />
        <source>{person} has left but still has {role} access.</source>
        <translation>{person} on lähtenyt, mutta hänellä on yhä oikeudet (rooli: {role}).</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="58" />
        <source>No responsible manager.</source>
        <translation>Vastuuesihenkilö puuttuu.</translation>
    </message>
    <message>
        <location filename="../src/kuntasome/core/access.py" line="59" />
        <source>Two-factor authentication is not in use.</source>
        <translation>Kaksivaiheinen tunnistautuminen ei ole käytössä.</translation>
    </message>
</context>
</TS>
