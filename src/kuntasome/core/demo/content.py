"""Texts of the fictional town of Kallioranta – Bergstrand (bilingual, Finnish majority).

Everything here is invented; names of people are common Finnish and Finland-Swedish names.
"""

from __future__ import annotations

from typing import NamedTuple

TOWN_FI = "Kallioranta"
TOWN_SV = "Bergstrand"
ORGANISATION = "Kalliorannan kaupunki – Bergstrands stad"


class UnitSpec(NamedTuple):
    key: str
    fi: str
    sv: str
    en: str


UNITS = (
    UnitSpec("kanslia", "Kaupunginkanslia", "Stadskansliet", "City Manager's Office"),
    UnitSpec("sivistys", "Sivistystoimiala", "Bildningssektorn", "Education and Culture"),
    UnitSpec("tekninen", "Tekninen toimiala", "Tekniska sektorn", "Technical Services"),
    UnitSpec("kirjasto", "Kirjastopalvelut", "Bibliotekstjänster", "Library Services"),
    UnitSpec("nuoriso", "Nuorisopalvelut", "Ungdomstjänster", "Youth Services"),
    UnitSpec(
        "kulttuuri",
        "Kulttuuri- ja tapahtumapalvelut",
        "Kultur- och evenemangstjänster",
        "Culture and Events",
    ),
    UnitSpec("elinvoima", "Elinvoimapalvelut", "Näringslivstjänster", "Business and Vitality"),
)


class PersonSpec(NamedTuple):
    name: str
    title: str
    unit: str
    roles: tuple[str, ...]
    signature: str
    left: bool = False


PEOPLE = (
    PersonSpec(
        "Sari Virtanen",
        "viestintäpäällikkö",
        "kanslia",
        ("manager", "approver", "communicator"),
        "Terveisin Sari, viestintä",
    ),
    PersonSpec(
        "Sara Lindqvist",
        "kommunikatör",
        "kanslia",
        ("communicator", "moderator"),
        "Hälsningar Sara, kommunikatör",
    ),
    PersonSpec(
        "Mikko Heikkinen",
        "viestintäsuunnittelija",
        "kanslia",
        ("communicator", "moderator", "approver"),
        "Terveisin Mikko, viestintä",
    ),
    PersonSpec(
        "Anna Nyström",
        "kirjastotoimenjohtaja",
        "kirjasto",
        ("manager", "approver"),
        "Terveisin Anna, kirjasto",
    ),
    PersonSpec(
        "Jukka Mäkelä",
        "nuoriso-ohjaaja",
        "nuoriso",
        ("communicator", "moderator"),
        "Terveisin Jukka, nuorisopalvelut",
    ),
    PersonSpec(
        "Emma Korhonen",
        "tapahtumakoordinaattori",
        "kulttuuri",
        ("communicator",),
        "Terveisin Emma, tapahtumat",
    ),
    PersonSpec("Henrik Holm", "sivistysjohtaja", "sivistys", ("manager",), "Hälsningar Henrik"),
    PersonSpec("Päivi Laine", "tekninen johtaja", "tekninen", ("manager",), "Terveisin Päivi"),
    PersonSpec(
        "Johanna Berg",
        "elinkeinoasiamies",
        "elinvoima",
        ("communicator", "manager"),
        "Hälsningar Johanna, näringslivet",
    ),
    PersonSpec(
        "Leena Saarinen",
        "verkkotoimittaja",
        "kanslia",
        ("communicator", "moderator"),
        "Terveisin Leena",
        left=True,
    ),
)


class ChannelSpec(NamedTuple):
    platform: str
    handle: str
    name: str
    url: str
    unit: str
    manager: str
    languages: str
    status: str
    purpose: str
    audience: str
    per_week: int
    crisis: bool = False
    sponsor: bool = False
    public: bool = True
    two_factor: str = "app"


CHANNELS = (
    ChannelSpec(
        "facebook",
        "kallioranta",
        "Kalliorannan kaupunki – Bergstrands stad",
        "https://www.facebook.com/kallioranta",
        "kanslia",
        "Sari Virtanen",
        "fi,sv",
        "active",
        "Kaupungin ajankohtaiset tiedotteet, palvelut ja häiriötiedotteet.",
        "Kuntalaiset, mökkiläiset ja paikalliset yhdistykset",
        7,
        crisis=True,
        sponsor=True,
    ),
    ChannelSpec(
        "instagram",
        "@kalliorannankaupunki",
        "Kallioranta – Bergstrand",
        "https://www.instagram.com/kalliorannankaupunki",
        "kanslia",
        "Sari Virtanen",
        "fi,sv",
        "active",
        "Kaupunkikuvaa, tapahtumia ja arjen palveluja kuvin.",
        "25–45-vuotiaat kuntalaiset ja muuttoa harkitsevat",
        4,
        sponsor=True,
    ),
    ChannelSpec(
        "x",
        "@kallioranta",
        "Kalliorannan kaupunki",
        "https://x.com/kallioranta",
        "kanslia",
        "Sari Virtanen",
        "fi,sv",
        "dormant",
        "Tiedotteet medialle ja päätöksenteko.",
        "Toimittajat ja päättäjät",
        2,
        crisis=True,
    ),
    ChannelSpec(
        "x",
        "@bergstrandsstad",
        "Bergstrands stad",
        "https://x.com/bergstrandsstad",
        "kanslia",
        "Sari Virtanen",
        "sv",
        "reserved",
        "Varattu nimi, jotta kukaan ei esiinny kaupunkina.",
        "",
        0,
        public=False,
    ),
    ChannelSpec(
        "linkedin",
        "kalliorannan-kaupunki",
        "Kalliorannan kaupunki",
        "https://www.linkedin.com/company/kalliorannan-kaupunki",
        "kanslia",
        "Sari Virtanen",
        "fi,sv,en",
        "active",
        "Työnantajakuva, rekrytoinnit ja elinvoima.",
        "Työnhakijat ja yritykset",
        2,
    ),
    ChannelSpec(
        "youtube",
        "@kalliorannankaupunki",
        "Kalliorannan kaupunki",
        "https://www.youtube.com/@kalliorannankaupunki",
        "kanslia",
        "Sari Virtanen",
        "fi,sv",
        "active",
        "Valtuuston kokousten suoratoistot ja palveluesittelyt.",
        "Kuntalaiset ja päättäjät",
        1,
    ),
    ChannelSpec(
        "facebook",
        "kalliorannankirjasto",
        "Kalliorannan kirjasto – Bergstrands bibliotek",
        "https://www.facebook.com/kalliorannankirjasto",
        "kirjasto",
        "Anna Nyström",
        "fi,sv",
        "active",
        "Kirjaston tapahtumat, lukuvinkit ja aukioloajat.",
        "Kirjaston asiakkaat, lapsiperheet",
        3,
    ),
    ChannelSpec(
        "instagram",
        "@kalliorannan_nuoret",
        "Kalliorannan nuoret",
        "https://www.instagram.com/kalliorannan_nuoret",
        "nuoriso",
        "Henrik Holm",
        "fi,sv",
        "active",
        "Nuorisotilojen ohjelma ja nuorten tapahtumat.",
        "13–20-vuotiaat",
        3,
    ),
    ChannelSpec(
        "tiktok",
        "@kalliorannan_nuoret",
        "Kalliorannan nuoret",
        "https://www.tiktok.com/@kalliorannan_nuoret",
        "nuoriso",
        "Henrik Holm",
        "fi,sv",
        "active",
        "Lyhytvideoita nuorille nuorisopalveluista.",
        "13–20-vuotiaat",
        2,
    ),
    ChannelSpec(
        "facebook",
        "kalliorannantapahtumat",
        "Tapahtumat Kallioranta – Evenemang",
        "https://www.facebook.com/kalliorannantapahtumat",
        "kulttuuri",
        "Henrik Holm",
        "fi,sv",
        "active",
        "Kaupungin ja yhdistysten tapahtumakalenteri.",
        "Kuntalaiset ja matkailijat",
        3,
        sponsor=True,
    ),
    ChannelSpec(
        "bluesky",
        "kallioranta.bsky.social",
        "Kalliorannan kaupunki",
        "https://bsky.app/profile/kallioranta.bsky.social",
        "kanslia",
        "Sari Virtanen",
        "fi,sv",
        "active",
        "Tiedotteet ja häiriötiedotteet X:n rinnalla.",
        "Toimittajat ja aktiiviset kuntalaiset",
        3,
        crisis=True,
    ),
    ChannelSpec(
        "linkedin",
        "kallioranta-business",
        "Business Kallioranta",
        "https://www.linkedin.com/company/kallioranta-business",
        "elinvoima",
        "Johanna Berg",
        "fi,en",
        "closed",
        "Yrityspalvelujen oma sivu (yhdistetty).",
        "Yritykset",
        0,
        public=False,
        two_factor="",
    ),
)


class Topic(NamedTuple):
    title: str
    fi: str
    sv: str
    en: str | None = None
    media: bool = True
    weight: int = 2
    #: The months it is posted in (none: all year): no Christmas street opening in June.
    months: tuple[int, ...] = ()
    #: The units whose channels carry it besides the city's own (the youth channels do not
    #: carry council meetings).
    units: tuple[str, ...] = ()

    def in_season(self, month: int) -> bool:
        return not self.months or month in self.months

    def fits(self, unit: str) -> bool:
        return unit == "kanslia" or unit in self.units


# {day} = weekday and date in the post's language ("maanantaina 8.12."); in Finnish
# {from_day} and {by_day} are the forms before alkaen and mennessä ("maanantaista 8.12.
# alkaen", "maanantaihin 8.12. mennessä"); {time} = hh.mm, {place} = a place.
TOPICS = (
    Topic(
        "Valtuuston kokous",
        "Kaupunginvaltuusto kokoontuu {day} klo {time} valtuustosalissa. Kokousta voi seurata "
        "suorana YouTubessa, ja esityslista on luettavissa kaupungin verkkosivuilla.",
        "Stadsfullmäktige sammanträder {day} kl. {time} i fullmäktigesalen. Du kan följa mötet "
        "direkt på YouTube, och föredragningslistan finns på stadens webbplats.",
        "The City Council meets on {day} at {time}. Follow the meeting live on YouTube.",
        weight=3,
    ),
    Topic(
        "Katutyöt",
        "Katutöitä {place}: liikenne ohjataan kiertotielle {from_day} alkaen. Pahoittelemme "
        "häiriötä ja kiitämme kärsivällisyydestä!",
        "Gatuarbeten {place_sv}: trafiken leds om från och med {day}. Vi beklagar "
        "olägenheterna och tackar för ert tålamod!",
        weight=3,
        months=(4, 5, 6, 7, 8, 9, 10),
    ),
    Topic(
        "Kirjaston satutunti",
        "Satutunti lapsille {day} klo {time} pääkirjaston lastenosastolla. Tervetuloa "
        "kuuntelemaan – ei ennakkoilmoittautumista!",
        "Sagostund för barn {day} kl. {time} på huvudbibliotekets barnavdelning. Välkommen "
        "att lyssna – ingen föranmälan behövs!",
        units=("kirjasto",),
    ),
    Topic(
        "Jäteneuvonta",
        "Muistathan, että vaarallisen jätteen keräysauto kiertää {place} {day}. Tuo mukanasi "
        "maalit, akut ja lääkkeet – ei kuitenkaan tavallista sekajätettä.",
        "Kom ihåg att insamlingsbilen för farligt avfall stannar {place_sv} {day}. Ta med "
        "målfärger, batterier och mediciner – men inte vanligt blandavfall.",
    ),
    Topic(
        "Kesätyöt nuorille",
        "Kaupungin kesätyöhaku 15–17-vuotiaille on auki! Tarjolla on töitä puistoissa, "
        "kirjastossa ja päiväkodeissa. Hae viimeistään {day}.",
        "Stadens sommarjobb för 15–17-åringar kan nu sökas! Det finns jobb i parker, på "
        "biblioteket och på daghem. Ansök senast {day}.",
        "Summer jobs for 15–17-year-olds are open! Apply by {day}.",
        weight=2,
        months=(1, 2, 3, 4),
        units=("nuoriso",),
    ),
    Topic(
        "Uimahallin aukioloajat",
        "Uimahalli on poikkeuksellisesti suljettuna {day} huoltotöiden vuoksi. Kuntosali on "
        "avoinna normaalisti.",
        "Simhallen är undantagsvis stängd {day} på grund av underhållsarbeten. Gymmet är "
        "öppet som vanligt.",
        media=False,
    ),
    Topic(
        "Torikonsertti",
        "Torikonsertti {day} klo {time} kauppatorilla! Lavalla paikalliset kuorot ja "
        "musiikkiopiston oppilaat. Vapaa pääsy.",
        "Torgkonsert {day} kl. {time} på salutorget! På scenen lokala körer och "
        "musikinstitutets elever. Fritt inträde.",
        "Concert on the market square on {day} at {time}. Free entry.",
        months=(6, 7, 8),
        units=("kulttuuri",),
    ),
    Topic(
        "Avoin työpaikka",
        "Haemme Kalliorantaan varhaiskasvatuksen opettajaa! Tutustu tehtävään ja hae "
        "{by_day} mennessä kuntarekry.fi-palvelussa.",
        "Vi söker en lärare inom småbarnspedagogik till Bergstrand! Läs mer och ansök "
        "senast {day} på kuntarekry.fi.",
        "We are hiring an early childhood education teacher. Apply by {day}.",
    ),
    Topic(
        "Nuorisotalon ilta",
        "Nuorisotalolla {day} pelailta klo {time} alkaen: konsolipelejä, lautapelejä ja "
        "pizzaa. Tervetuloa kaikki 13–17-vuotiaat!",
        "Spelkväll på ungdomsgården {day} från kl. {time}: konsolspel, brädspel och pizza. "
        "Välkomna alla 13–17-åringar!",
        units=("nuoriso",),
    ),
    Topic(
        "Kuntalaiskysely",
        "Mitä mieltä olet kaupungin palveluista? Vastaa kuntalaiskyselyyn {by_day} mennessä – "
        "vastaaminen vie noin kymmenen minuuttia.",
        "Vad tycker du om stadens tjänster? Svara på invånarenkäten senast {day} – det tar "
        "ungefär tio minuter.",
        media=False,
    ),
    Topic(
        "Vesikatko",
        "Vesikatko {place} {day} klo {time} alkaen noin kolmen tunnin ajan. Varaathan "
        "juomavettä etukäteen.",
        "Vattenavbrott {place_sv} {day} från kl. {time} i cirka tre timmar. Fyll på "
        "dricksvatten i förväg.",
        media=False,
        weight=2,
    ),
    Topic(
        "Liikuntapuiston avajaiset",
        "Uusi lähiliikuntapaikka avataan {place} {day} klo {time}. Luvassa ohjattua "
        "liikuntaa kaikenikäisille ja mehutarjoilu!",
        "Den nya närmotionsplatsen {place_sv} invigs {day} kl. {time}. Ledd motion för alla "
        "åldrar och saft!",
        months=(5, 6, 7, 8, 9),
        units=("kulttuuri", "nuoriso"),
    ),
    Topic(
        "Lukuvinkki",
        "Viikon lukuvinkki: kirjastomme henkilökunnan suosikki kotimaisesta "
        "nykykirjallisuudesta. Varaa omasi verkkokirjastosta!",
        "Veckans lästips: personalens favorit bland den inhemska samtidslitteraturen. "
        "Reservera ditt exemplar i nätbiblioteket!",
        units=("kirjasto",),
    ),
    Topic(
        "Ilmoittautuminen kansalaisopistoon",
        "Kansalaisopiston kevään kursseille voi ilmoittautua {from_day} alkaen. Tarjolla kieliä, "
        "käsitöitä, liikuntaa ja paljon muuta.",
        "Anmälan till medborgarinstitutets vårkurser börjar {day}. Språk, hantverk, motion "
        "och mycket mer.",
        months=(12, 1),
    ),
    Topic(
        "Joulukadun avajaiset",
        "Joulukatu avataan {day} klo {time}! Joulupukki saapuu torille, ja kuoro laulaa "
        "joululauluja.",
        "Julgatan öppnas {day} kl. {time}! Julgubben kommer till torget och kören sjunger "
        "julsånger.",
        months=(11, 12),
        units=("kulttuuri",),
    ),
    Topic(
        "Päätöksiä kaupunginhallituksesta",
        "Kaupunginhallitus päätti kokouksessaan mm. koulukeskuksen peruskorjauksen "
        "aikataulusta. Pöytäkirja julkaistaan verkkosivuilla {day}.",
        "Stadsstyrelsen beslöt bl.a. om tidtabellen för renoveringen av skolcentret. "
        "Protokollet publiceras på webbplatsen {day}.",
        media=False,
    ),
    Topic(
        "Liukkausvaroitus",
        "Kevyen liikenteen väylät ovat tänään liukkaita. Hiekoitus on käynnissä, ja "
        "pääreitit hoidetaan ensin. Kulje varoen!",
        "Gång- och cykelvägarna är hala i dag. Sandningen pågår och huvudlederna sköts "
        "först. Var försiktig!",
        media=False,
        months=(11, 12, 1, 2, 3),
    ),
    Topic(
        "Vaalit",
        "Ennakkoäänestys alkaa {day}. Äänestyspaikat ja aukioloajat löydät kaupungin "
        "verkkosivuilta.",
        "Förhandsröstningen börjar {day}. Röstningsställen och öppettider finns på stadens "
        "webbplats.",
        "Advance voting starts on {day}.",
        weight=1,
    ),
)

PLACES = (
    # Forms that stand mid-sentence as they are: (Finnish adessive/inessive, Swedish).
    ("keskustassa", "i centrum"),
    ("Rantakadulla", "på Strandgatan"),
    ("Koulukadulla", "på Skolgatan"),
    ("Myllymäessä", "i Kvarnbacken"),
    ("satama-alueella", "i hamnområdet"),
    ("kirkonkylässä", "i kyrkbyn"),
)

WEEKDAYS_FI = (
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
)
# The forms "from" (alkaen) and "by" (mennessä) take.
WEEKDAYS_FI_FROM = (
    "maanantaista",
    "tiistaista",
    "keskiviikosta",
    "torstaista",
    "perjantaista",
    "lauantaista",
    "sunnuntaista",
)
WEEKDAYS_FI_BY = (
    "maanantaihin",
    "tiistaihin",
    "keskiviikkoon",
    "torstaihin",
    "perjantaihin",
    "lauantaihin",
    "sunnuntaihin",
)
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


COMMENTERS = (
    "mattik",
    "lotta",
    "kallio_asukas",
    "bergstrand_fan",
    "tuomo",
    "nina",
    "pekka",
    "sanna",
    "jonte",
)


class CommentSpec(NamedTuple):
    kind: str
    text: str
    action: str
    answer: str = ""
    reason: str = ""


COMMENTS = (
    CommentSpec(
        "question",
        "Milloin uimahalli aukeaa taas? Tuleeko tästä tiedote myös verkkosivuille?",
        "answered",
        "Hei! Uimahalli aukeaa taas maanantaina klo 6. Tiedote on myös verkkosivuillamme.",
    ),
    CommentSpec(
        "question",
        "Hur gör jag för att anmäla mig till kursen? Hittar inte länken.",
        "answered",
        "Hej! Anmälningslänken finns på medborgarinstitutets sida, vi lägger den också i inlägget.",
    ),
    CommentSpec(
        "feedback", "Kiitos kaupungille hienosta tapahtumasta, lapset tykkäsivät!", "acknowledged"
    ),
    CommentSpec(
        "criticism",
        "Taas on Rantakatu auraamatta. Maksetaanko näistä ihan turhaan?",
        "answered",
        "Kiitos palautteesta. Välitimme tiedon katujen kunnossapitoon, "
        "ja Rantakatu on aurausvuorossa tänään.",
    ),
    CommentSpec(
        "criticism",
        "Varför informeras det inte på svenska om vattenavbrottet?",
        "answered",
        "Tack för påpekandet! Meddelandet finns nu också på svenska.",
    ),
    CommentSpec(
        "rumour",
        "Kuulin että koulukeskus suljetaan kokonaan ensi vuonna?",
        "answered",
        "Tämä ei pidä paikkaansa: koulukeskus peruskorjataan vaiheittain "
        "ja opetus jatkuu koko ajan. Lisätietoa verkkosivuillamme.",
    ),
    CommentSpec(
        "feedback",
        "Voisiko nuorisotalo olla auki myös sunnuntaisin?",
        "forwarded",
        "Kiitos ideasta! Välitimme sen nuorisopalveluille käsiteltäväksi.",
    ),
    CommentSpec(
        "inappropriate",
        "[loukkaava kommentti toisesta kommentoijasta]",
        "removed",
        reason="harassment",
    ),
    CommentSpec(
        "inappropriate", "[mainoslinkki epäilyttävälle sivustolle]", "removed", reason="spam"
    ),
    CommentSpec(
        "inappropriate",
        "[kommentti, jossa julkaistu yksityishenkilön osoite]",
        "removed",
        reason="personal_data",
    ),
    CommentSpec(
        "inappropriate", "[ryhmää vastaan kiihottava kommentti]", "removed", reason="hate_speech"
    ),
    CommentSpec("criticism", "Päättäjät eivät kuuntele meitä ollenkaan.", "no_action"),
    CommentSpec(
        "question",
        "Kan man hämta ut reserverade böcker på lördag?",
        "answered",
        "Hej! Ja, reserverade böcker kan hämtas från reservationshyllan under hela "
        "öppettiden på lördag.",
    ),
    CommentSpec(
        "inappropriate",
        "[toistuva häiriköinti samalta tililtä]",
        "user_blocked",
        reason="harassment",
    ),
)

# The channels' purposes in Swedish, for the public channel list (keyed by the Finnish text).
PURPOSE_SV = {
    "Kaupungin ajankohtaiset tiedotteet, palvelut ja häiriötiedotteet.": "Stadens aktuella meddelanden, tjänster och störningsmeddelanden.",
    "Kaupunkikuvaa, tapahtumia ja arjen palveluja kuvin.": "Stadsbilder, evenemang och vardagens tjänster i bild.",
    "Tiedotteet medialle ja päätöksenteko.": "Meddelanden till medierna och beslutsfattandet.",
    "Varattu nimi, jotta kukaan ei esiinny kaupunkina.": "Reserverat namn, så att ingen kan utge sig för att vara staden.",
    "Työnantajakuva, rekrytoinnit ja elinvoima.": "Arbetsgivarbild, rekryteringar och livskraft.",
    "Valtuuston kokousten suoratoistot ja palveluesittelyt.": "Direktsändningar från fullmäktiges sammanträden och presentationer av tjänster.",
    "Kirjaston tapahtumat, lukuvinkit ja aukioloajat.": "Bibliotekets evenemang, lästips och öppettider.",
    "Nuorisotilojen ohjelma ja nuorten tapahtumat.": "Program på ungdomsgårdarna och evenemang för unga.",
    "Lyhytvideoita nuorille nuorisopalveluista.": "Korta videor för unga om ungdomstjänsterna.",
    "Kaupungin ja yhdistysten tapahtumakalenteri.": "Stadens och föreningarnas evenemangskalender.",
    "Tiedotteet ja häiriötiedotteet X:n rinnalla.": "Meddelanden och störningsmeddelanden vid sidan av X.",
    "Yrityspalvelujen oma sivu (yhdistetty).": "Företagstjänsternas egen sida (sammanslagen).",
}
