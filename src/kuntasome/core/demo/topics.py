"""What the fictional town posts about: the topics, each in its season and on the channels of
the units it concerns, with texts in Finnish, Swedish and English, and how a text is filled
in for one post (its day, time and place)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


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


def fill(text: str, lang: str, when: date, hour: int, place: tuple[str, str]) -> str:
    """Fill a topic template; time and place are chosen once per post, for every language."""
    weekday, date_fi = when.weekday(), f"{when.day}.{when.month}."
    if lang == "fi":
        day = f"{WEEKDAYS_FI[weekday]} {date_fi}"
        from_day = f"{WEEKDAYS_FI_FROM[weekday]} {date_fi}"
        by_day = f"{WEEKDAYS_FI_BY[weekday]} {date_fi}"
    elif lang == "sv":
        day = from_day = by_day = f"{WEEKDAYS_SV[weekday]} {when.day}.{when.month}"
    else:
        day = from_day = by_day = f"{when:%A} {when.day} {when:%B}"
    filled = text.format(
        day=day,
        from_day=from_day,
        by_day=by_day,
        time=f"{hour}.00",
        place=place[0],
        place_sv=place[1],
    )
    return filled.replace("..", ".")
