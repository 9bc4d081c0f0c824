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
