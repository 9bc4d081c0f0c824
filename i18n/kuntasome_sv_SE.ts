<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Sweden's Swedish where it differs from Finland's (kuntasome_sv.ts, which every other entry comes from): kept by hand, never run through lupdate. -->
<TS version="2.1" language="sv_SE">
  <context>
    <name>ArchiveReadme</name>
    <message>
      <source>This is an E-ARK SIP 2.1 information package (CSIP 2.1, in Sweden FGS Paketstruktur 2.0). The records are in representations/rep1/data/ and the paths below are inside it; METS.xml and representations/rep1/METS.xml list every file with its SHA-256; metadata/ holds Dublin Core, PREMIS and the records-plan metadata. Check it with “kuntasome archive verify FOLDER” or an E-ARK validator.</source>
      <translation>Det här är ett E-ARK SIP 2.1-informationspaket (CSIP 2.1, i Sverige FGS Paketstruktur 2.0). Handlingarna finns i representations/rep1/data/ och sökvägarna nedan är inuti den; METS.xml och representations/rep1/METS.xml förtecknar varje fil med dess SHA-256; metadata/ innehåller Dublin Core, PREMIS och dokumenthanteringsplanens metadata. Kontrollera det med ”kuntasome archive verify MAPP” eller en E-ARK-validerare.</translation>
    </message>
    <message>
      <source>records-plan.csv gives, for each record type, its task code in the records plan, publicity, personal data and retention period.</source>
      <translation>records-plan.csv anger för varje handlingstyp dess klassificeringskod i dokumenthanteringsplanen, offentlighet, personuppgifter och gallringsfrist.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>the records plan: codes and retention of each record</source>
      <translation>dokumenthanteringsplanen: handlingarnas klassificeringskoder och gallringsfrister</translation>
    </message>
    <message>
      <source>each record type's code, retention and publicity</source>
      <translation>varje handlingstyps kod, gallringsfrist och offentlighet</translation>
    </message>
    <message>
      <source>set a record type's code, title or retention period</source>
      <translation>ange en handlingstyps kod, rubrik eller gallringsfrist</translation>
    </message>
    <message>
      <source>its task code in the records plan</source>
      <translation>klassificeringskoden i dokumenthanteringsplanen</translation>
    </message>
    <message>
      <source>dispose of the records past their retention (with a decision)</source>
      <translation>gallra handlingar vars gallringsfrist har gått ut (med ett beslut)</translation>
    </message>
    <message>
      <source>List, or dispose of, the records past their retention period and not on a legal hold: moderation entries lose their personal data (the chain records it and still verifies), evidence files are deleted, old check-ins, statistics, posts and audit entries removed. Every disposal goes into the disposal log with its decision and the person who approved it.</source>
      <translation>Listar eller gallrar handlingar vars gallringsfrist har gått ut och som inte omfattas av gallringsstopp: modereringsanteckningar förlorar sina personuppgifter (hashkedjan registrerar det och kan fortfarande kontrolleras), bevisfiler raderas och gamla bevakningskontroller, statistik, inlägg och anteckningar i händelseloggen tas bort. Varje gallring förs in i gallringsloggen med beslutet och den som godkände det.</translation>
    </message>
    <message>
      <source>the day retention is counted to (default: today)</source>
      <translation>dagen som gallringsfristen räknas till (standard: i dag)</translation>
    </message>
    <message>
      <source>Some record types have no code of your organisation's records plan yet: kuntasome records plan set TYPE --code CODE.</source>
      <translation>Vissa handlingstyper saknar ännu kod ur organisationens dokumenthanteringsplan: kuntasome records plan set TYP --code KOD.</translation>
    </message>
    <message numerus="yes">
      <source>{title}: %n past retention (before {date})</source>
      <translation>
        <numerusform>{title}: %n med utgången gallringsfrist (före {date})</numerusform>
        <numerusform>{title}: %n med utgången gallringsfrist (före {date})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DisposalTab</name>
    <message>
      <source>Records past their retention period and not on a legal hold. Disposing of moderation entries erases what the public wrote (the log's chain records it and stays verifiable); evidence files are deleted; old check-ins, statistics, posts and audit entries are removed. The register and the reports are kept permanently.</source>
      <translation>Handlingar vars gallringsfrist har gått ut och som inte omfattas av gallringsstopp. Gallring av modereringsanteckningar raderar det som allmänheten skrev (loggens hashkedja registrerar det och kan fortfarande kontrolleras); bevisfiler raderas; gamla bevakningskontroller, statistik, inlägg och anteckningar i händelseloggen tas bort. Registret och rapporterna bevaras för alltid.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A retention period is 1 to 200 years, or 0 for records kept permanently.</source>
      <translation>En gallringsfrist är 1–200 år, eller 0 för handlingar som bevaras för alltid.</translation>
    </message>
  </context>
  <context>
    <name>Moderation</name>
    <message>
      <source>Feedback</source>
      <translation>Återkoppling</translation>
    </message>
  </context>
  <context>
    <name>ModerationSettingsDialog</name>
    <message>
      <source>Office &amp;opens</source>
      <translation>Kontorstiden &amp;börjar</translation>
    </message>
    <message>
      <source>Office &amp;closes</source>
      <translation>Kontorstiden sl&amp;utar</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>The codes are your organisation's own, from its records plan (tiedonohjaussuunnitelma / informationsstyrningsplan). Every snapshot carries them with the retention periods. Point at a record type to see why it is kept that long.</source>
      <translation>Koderna är organisationens egna, ur dess dokumenthanteringsplan. Varje arkivpaket får dem tillsammans med gallringsfristerna. Håll pekaren över en handlingstyp för att se varför den bevaras så länge.</translation>
    </message>
    <message>
      <source>Save the records plan</source>
      <translation>Spara dokumenthanteringsplanen</translation>
    </message>
  </context>
  <context>
    <name>PublicList</name>
    <message>
      <source>These are the official accounts of {organisation}. Other accounts that use our name are not maintained by us. List updated on {date}.</source>
      <translation>Det här är de officiella kontona för {organisation}. Andra konton som använder vårt namn förvaltas inte av oss. Förteckningen uppdaterades {date}.</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Snapshots for the public-records archive, checked with any BagIt tool, and the records plan.</source>
      <translation>Arkivpaket för arkivbildningen, som kan kontrolleras med vilket BagIt-verktyg som helst, och dokumenthanteringsplanen.</translation>
    </message>
  </context>
</TS>
