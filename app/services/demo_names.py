"""Synthetic names, spellings and German text fragments for the demo data generator."""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Origin:
    """A group of people sharing a nationality, a naming custom and languages."""

    country: str
    weight: int
    family: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    # Alternatives per household; the first code of each is the interpreting language.
    languages: tuple[tuple[str, ...], ...]
    interpreter: float
    # Wives keep their own family name (Arabic, Persian, Spanish customs, ...).
    wife_keeps_name: bool = False
    # Children are named after the father's given name (Somali, Tigrinya).
    patronymic: bool = False
    # Children carry the father's and the mother's first surname (Spanish).
    double_surname: bool = False
    # Suffix pairs that make the feminine form of a family name (Slavic).
    feminine: tuple[tuple[str, str], ...] = ()
    third_countries: tuple[str, ...] = ()


def _o(country: str, weight: int, family: str, male: str, female: str, **kw: Any) -> Origin:
    return Origin(
        country, weight, tuple(family.split()), tuple(male.split()), tuple(female.split()), **kw
    )


_SLAVIC = (("ski", "ska"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"))

ORIGINS: tuple[Origin, ...] = (
    _o(
        "AFG",
        14,
        "Ahmadi Rahimi Karimi Hashimi Mohammadi Nazari Sultani Haidari Hussaini Rezai Sadat Popal "
        "Durrani Stanikzai Wardak Safi Noori Amiri Jalali Qaderi Sharifi Azizi Habibi Faizi Samadi "
        "Yousufzai Mohmand Hotak Barakzai Akbari",
        "Mohammad Ahmad Ali Hamid Farid Javid Masoud Nasir Rahim Karim Hassan Hussain Mustafa Omid "
        "Sayed Wahid Zabihullah Rahmatullah Naqibullah Shafiq Bilal Elyas Jawad Sohrab Abdullah Yama "
        "Hekmat Mirwais",
        "Fatima Zahra Maryam Sakina Nargis Shabnam Parwana Laila Mariam Zainab Malalai Freshta Hamida "
        "Nilofar Soraya Roya Shukria Fariba Gulalai Sima Khadija Habiba Marzia Hadia Mursal Tahmina Frozan",
        languages=(("prs",), ("prs",), ("pus",), ("prs", "pus")),
        interpreter=0.9,
        wife_keeps_name=True,
        third_countries=("IRN", "PAK"),
    ),
    _o(
        "SYR",
        12,
        "Al-Ahmad Al-Hassan Al-Ali Haddad Khalil Hamdan Sabbagh Darwish Mansour Najjar Aziz Khoury "
        "Hijazi Ibrahim Othman Saleh Suleiman Youssef Masri Halabi Shami Hamoud Kurdi Issa Diab Attar "
        "Jaber Hallak Zaher",
        "Mohammed Ahmad Mahmoud Khaled Omar Ali Hassan Hussein Mustafa Yousef Ibrahim Abdulrahman Samer "
        "Fadi Rami Bashar Tarek Anas Walid Ammar Majd Qusai Hamza Ayham Ziad Jamil Firas",
        "Fatima Aisha Rania Hiba Nour Lina Reem Rasha Dima Yara Amal Hala Ghada Mona Samar Zeinab Asmaa "
        "Alaa Maryam Rouba Layla Nada Heba Bushra Safaa Sawsan Huda",
        languages=(("ara",), ("ara",), ("ara", "eng")),
        interpreter=0.8,
        wife_keeps_name=True,
        third_countries=("TUR", "JOR", "LBN"),
    ),
    _o(
        "IRQ",
        5,
        "Al-Obaidi Al-Jubouri Al-Dulaimi Al-Tamimi Al-Shammari Al-Saadi Al-Zubaidi Al-Rubaie Al-Khafaji "
        "Al-Hashimi Al-Maliki Al-Janabi Al-Azzawi Al-Ani Al-Mousawi Al-Hilli Al-Baghdadi Al-Bayati "
        "Mahmoud Rashid Abdullah Hamad Kareem Jabbar Salman Qasim Yassin Kadhim Majeed Taha",
        "Ahmed Ali Hussein Hassan Mohammed Haider Abbas Mustafa Karrar Muntadhar Zaid Omar Saif Yaseen "
        "Ammar Mahdi Murtadha Sajjad Hamza Bilal Qusay Mujtaba Yousif Muhannad Ayad Raad Falah Jassim",
        "Zahraa Fatima Maryam Noor Sara Hawraa Ruqaya Zainab Shahad Duaa Aya Hiba Rusul Ban Shaima Zahra "
        "Sura Ghufran Tabarak Israa Huda Nabaa Zeena Reem Abeer Marwa Sahar Wasan Iman",
        languages=(("ara",), ("ara",), ("ara", "eng")),
        interpreter=0.8,
        wife_keeps_name=True,
        third_countries=("JOR",),
    ),
    _o(
        "IRQ",
        5,
        "Barzinji Hawrami Jaf Doski Sindi Mirani Zebari Baban Herki Surchi Shwani Rekani Bamarni Amedi "
        "Kakayi Hamawandi Dizayi Manguri Balisani Pishdari Qaradaghi Khoshnaw Bradosti Raniyayi Berwari "
        "Salih Rashid Karim Aziz Abdulla",
        "Kawa Rebin Diyar Shvan Dilshad Hogr Aras Bewar Sarhang Rawand Karwan Rebwar Hemin Zana Sherzad "
        "Nawzad Azad Dlovan Hiwa Shakhawan Peshawa Soran Baran Darbaz Rizgar Hardi Ako",
        "Shilan Awaz Zhino Rozhin Bahar Dilan Jwan Chiman Tavga Nian Shno Hana Kani Zhyan Lana Sozan "
        "Gulala Shadan Trifa Berivan Evin Hero Narin Shirin Nazdar Sazan Dashne Avin Rezan",
        languages=(("ckb",), ("ckb",), ("kmr",), ("ckb", "ara")),
        interpreter=0.85,
        wife_keeps_name=True,
    ),
    _o(
        "TUR",
        12,
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Aksoy Karaca Tekin Bulut Kaplan Avcı Yavuz",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
        "Süleyman Abdullah Mahmut Salih Kemal Recep Emre Burak Serkan Fatih Cem Barış Ozan Rojhat Welat",
        "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Sultan Hanife Merve Özlem Esra Gül Leyla "
        "Songül Derya Büşra Tuğba Sevgi Gülsüm Hülya Dilek Melek Yasemin Rojda Berfin",
        languages=(("tur",), ("tur",), ("tur",), ("kmr", "tur")),
        interpreter=0.6,
    ),
    _o(
        "GEO",
        6,
        "Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia "
        "Nozadze Abashidze Khutsishvili Tabatadze Chikhladze Gogoladze Kiknadze Mikeladze Jorbenadze "
        "Bakradze Shengelia Japaridze Tsertsvadze Dolidze Gvaramia Kobakhidze Tsintsadze Chanturia Gabunia",
        "Giorgi Davit Levan Irakli Nika Luka Zurab Giga Lasha Tornike Sandro Nikoloz Mamuka Tamaz "
        "Vakhtang Gocha Shota Archil Beka Otar Zaza Gela Revaz Temur Dachi Badri",
        "Nino Tamar Mariam Ana Eka Natia Salome Ketevan Nana Maia Tamuna Lela Manana Sopo Teona Khatia "
        "Nato Elene Mzia Lali Nestan Irma Tea Ia Medea Marika",
        languages=(("kat",), ("kat",), ("kat", "rus")),
        interpreter=0.8,
    ),
    _o(
        "RUS",
        2,
        "Ivanov Smirnov Kuznetsov Popov Petrov Volkov Sokolov Morozov Lebedev Kozlov Novikov Pavlov "
        "Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belyaev Tarasov Belov Komarov "
        "Orlov Kiselev Makarov Andreev Kovalev Ilin Gusev",
        "Aleksandr Sergei Dmitri Andrei Alexei Maxim Ivan Nikolai Mikhail Vladimir Pavel Artyom Igor "
        "Roman Yevgeni Konstantin Oleg Denis Anton Vitali Yuri Boris Kirill Stanislav Vadim Ilya Leonid Viktor",
        "Elena Olga Tatiana Natalia Irina Svetlana Anna Maria Ekaterina Yulia Anastasia Oksana Larisa "
        "Lyudmila Galina Marina Nadezhda Valentina Vera Lyubov Daria Ksenia Alina Polina Sofia Yana Inna",
        languages=(("rus",),),
        interpreter=0.7,
        feminine=_SLAVIC,
    ),
    _o(
        "RUS",
        4,
        "Magomedov Umarov Saidov Israilov Elmurzaev Bisultanov Gaziev Aliev Khasanov Musaev Yusupov "
        "Batalov Abdulaev Dzhabrailov Vagapov Arsanukaev Dadaev Mutsaev Temirkhanov Visaitov Ibragimov "
        "Akhmadov Zakriev Edilov Khadzhiev Baisarov Tataev Eskiev Mezhidov Shamsudinov",
        "Magomed Adam Islam Akhmed Umar Zelimkhan Isa Khamzat Anzor Aslan Movsar Rustam Timur Said "
        "Ibragim Ruslan Ali Mansur Aslanbek Abubakar Khasan Usman Saikhan Dzhambulat Shamil Rizvan "
        "Alikhan Lecha Arbi",
        "Madina Khava Zarema Aminat Petimat Zalina Malika Kheda Luiza Seda Markha Eliza Raisa Zulikhan "
        "Milana Amina Tamila Zaira Leila Asya Aishat Zura Elina Yakha Liana Zezag Marem Kamila",
        languages=(("rus", "che"), ("rus", "che"), ("che", "rus")),
        interpreter=0.75,
        feminine=_SLAVIC,
    ),
    _o(
        "NGA",
        4,
        "Okafor Okonkwo Eze Nwosu Chukwu Obi Adeyemi Adebayo Ogunleye Olawale Afolabi Balogun Ibrahim "
        "Musa Abubakar Bello Yusuf Aliyu Danjuma Okoro Nwachukwu Igwe Edet Akpan Effiong Osagie Omoregie "
        "Idahosa Ehigiator Ojo",
        "Chinedu Emeka Ikenna Obinna Chukwudi Uchenna Tunde Segun Femi Kunle Dayo Olumide Ibrahim Musa "
        "Abdullahi Sani Usman Godwin Emmanuel Samuel Daniel Victor Osaze Efosa Osas Kingsley Friday Sunday",
        "Ngozi Chioma Adaeze Amaka Nneka Ifeoma Funmilayo Yetunde Bukola Folake Aisha Hadiza Zainab "
        "Blessing Joy Precious Esther Mercy Gift Favour Osasu Efe Osaretin Patience Faith Grace Omosede",
        languages=(("eng",), ("eng", "yor"), ("eng", "ibo"), ("hau", "eng")),
        interpreter=0.15,
    ),
    _o(
        "ERI",
        3,
        "Tesfay Gebremedhin Haile Berhane Tekle Kidane Ghebremariam Woldu Mehari Yemane Gebreyesus "
        "Tesfamariam Andemariam Habte Ghirmay Kahsay Mebrahtu Asmerom Weldemichael Abraha Fitsum Zerai "
        "Solomon Kiflom Tesfalidet Teklehaimanot Okbay Ghebreab Negash Measho",
        "Yonas Daniel Filmon Samuel Mussie Henok Dawit Amanuel Biniam Robel Teklay Kibrom Yosief "
        "Tesfalem Merhawi Semere Habtom Michael Yohannes Efrem Natnael Abel Aron Mulugeta Ermias Medhanie",
        "Helen Senait Luwam Ruta Selam Saba Yordanos Feven Mebrat Tsega Winta Hiwet Semhar Aster Eden "
        "Rahel Meron Almaz Letemichael Nebiat Salina Ksanet Lidia Hanna Mihret Azieb Yodit Elsa",
        languages=(("tir",), ("tir",), ("tir", "ara")),
        interpreter=0.9,
        wife_keeps_name=True,
        patronymic=True,
        third_countries=("ETH", "SDN"),
    ),
    _o(
        "IRN",
        5,
        "Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Jafari Rahimi Heidari Hashemi Ghasemi Sadeghi "
        "Mousavi Zare Kazemi Abbasi Ebrahimi Shahbazi Bagheri Nouri Farahani Tehrani Shirazi Esfahani "
        "Akbari Amini Rostami Soltani Naderi Khosravi",
        "Mohammad Ali Hossein Reza Mehdi Amir Hamid Saeed Majid Behnam Babak Farhad Arash Kourosh "
        "Dariush Pouya Navid Omid Payam Pejman Sina Milad Mohsen Hadi Javad Kian Shahin Ehsan",
        "Fatemeh Zahra Maryam Narges Sara Leila Mahsa Shirin Parisa Azadeh Nasrin Samira Mina Roya Elham "
        "Golnaz Niloufar Sepideh Tahereh Farzaneh Hoda Negar Mitra Nazanin Mahnaz Ladan Bahareh",
        languages=(("fas",), ("fas",), ("fas", "eng")),
        interpreter=0.8,
        wife_keeps_name=True,
        third_countries=("TUR",),
    ),
    _o(
        "MKD",
        5,
        "Stojanovski Jovanovski Petrovski Nikolovski Trajkovski Dimitrovski Ristovski Angelovski "
        "Stefanovski Kostovski Mitrevski Georgievski Ilievski Todorovski Naumovski Bajramovski Memedov "
        "Mustafovski Šekerov Krstevski Ǵorǵievski Arsovski Velkovski Spasovski Zdravkovski Jankulovski",
        "Aleksandar Nikola Stefan Goran Dejan Zoran Igor Marko Dimitar Kiril Bojan Vladimir Trajče "
        "Blagoja Petar Zlatko Ljupčo Darko Mile Ilija Muamet Senad Elvis Erdžan Sašo Orhan Ǵoko",
        "Elena Marija Ana Biljana Snežana Vesna Jasmina Gordana Katerina Sanja Daniela Ivana Aleksandra "
        "Milica Dragana Slavica Liljana Violeta Suzana Mirjana Sabina Esma Šenaj Remzija Sevdija Ljubica",
        languages=(("mkd",), ("mkd",), ("mkd", "sqi")),
        interpreter=0.6,
        feminine=_SLAVIC,
    ),
    _o(
        "ALB",
        4,
        "Hoxha Shehu Leka Gjoka Krasniqi Berisha Gashi Kola Dervishi Çela Marku Dibra Hysa Zeneli Muça "
        "Bregu Kaçi Lika Prifti Mema Shkurti Shahini Xhafa Doda Tafa Beqiri Pllumbi Hasani Halili Ndreu",
        "Arben Besnik Ilir Gëzim Erion Klodian Artan Mirel Endrit Dritan Fatjon Ermal Redon Kristi Ardit "
        "Elton Sokol Agron Bledar Genti Luan Altin Gentian Erjon Dorian Alban Fation Ervis Jurgen",
        "Anila Elona Blerina Mirela Arjana Jonida Ermira Lindita Valbona Klea Ornela Entela Etleva "
        "Fjorela Alketa Brunilda Dorina Besa Manjola Rezarta Xhensila Ajola Eriola Megi Sidorela Elisa "
        "Kejsi Erisa Gëzime Drita",
        languages=(("sqi",), ("sqi",), ("sqi", "ita")),
        interpreter=0.7,
    ),
    _o(
        "SRB",
        4,
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Đukić "
        "Todorović Kostić Ristić Lazić Živković Mitrović Popović Savić Janković Simić Vasić Tomić "
        "Kovačević Radovanović Bajramović Demirović Ramić Šabanović Avdić Mehmedović Ahmetović",
        "Nikola Marko Stefan Miloš Lazar Aleksandar Luka Dragan Zoran Goran Dejan Nenad Milan Srđan "
        "Vladimir Bojan Željko Dušan Predrag Ivan Saša Boris Mirko Emir Senad Adnan Samir Ramiz Elvis Dževad",
        "Jelena Milica Ana Marija Ivana Jovana Dragana Snežana Svetlana Tijana Katarina Mirjana Nataša "
        "Vesna Gordana Sanja Biljana Dušica Zorica Ljiljana Aleksandra Emina Amra Selma Sabina Lejla "
        "Dženana Medina Elma Mersiha",
        languages=(("srp",), ("srp",), ("srp", "bos")),
        interpreter=0.5,
    ),
    _o(
        "MDA",
        5,
        "Rusu Ceban Ciobanu Țurcanu Munteanu Cojocaru Lungu Sandu Popa Cebotari Roșca Bălan Moraru Guțu "
        "Melnic Grosu Creangă Botnari Bivol Chiriac Pascari Ursu Vrabie Ungureanu Bejenari Cazacu Rotaru "
        "Prodan Morari Jitari",
        "Ion Vasile Gheorghe Nicolae Mihai Andrei Alexandru Sergiu Dumitru Vladimir Victor Igor Vitalie "
        "Ruslan Dorin Radu Ștefan Petru Constantin Iurie Valeriu Eugen Octavian Marin Cristian Adrian Denis",
        "Maria Elena Ana Natalia Tatiana Olga Svetlana Ecaterina Irina Ludmila Galina Valentina Angela "
        "Cristina Diana Mariana Aurelia Liliana Nadejda Silvia Doina Corina Veronica Viorica Daniela "
        "Mihaela Alina Victoria",
        languages=(("ron",), ("ron",), ("rus", "ron")),
        interpreter=0.7,
    ),
    _o(
        "SOM",
        3,
        "Mohamed Ahmed Ali Hassan Hussein Abdi Omar Farah Warsame Jama Yusuf Ismail Abdullahi Nur Aden "
        "Osman Hirsi Mohamud Abdirahman Dahir Guled Egal Duale Shire Gedi Samatar Elmi Barre Hashi Isse Awale",
        "Abdi Mohamed Ahmed Hassan Abdirahman Abdullahi Ali Omar Yusuf Ismail Farah Mahad Bashir Liban "
        "Abdiaziz Abdikarim Mukhtar Said Hamza Khalid Guled Faisal Mustafe Ayanle Abdiwali Jibril Deeq",
        "Faduma Hodan Amina Asha Halima Sahra Ifrah Hawa Sagal Nimco Ubah Hamdi Idil Khadra Sucaad Safiya "
        "Maryan Deeqa Ayan Sumaya Hibo Nasra Warsan Leyla Muna Kowsar Ladan",
        languages=(("som",), ("som",), ("som", "ara")),
        interpreter=0.9,
        wife_keeps_name=True,
        patronymic=True,
        third_countries=("KEN", "ETH"),
    ),
    _o(
        "COL",
        5,
        "García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Gómez Díaz "
        "Vargas Castro Rojas Moreno Muñoz Jiménez Ortiz Romero Álvarez Suárez Restrepo Cárdenas Ospina "
        "Quintero Mejía Valencia Zapata Londoño Giraldo Arango",
        "Andrés Carlos Luis Jorge Diego Santiago Sebastián Alejandro Camilo Felipe Julián Mauricio Óscar "
        "Fernando Javier Ricardo Jhon Brayan Esteban Daniel Miguel Nicolás Mateo Jairo Wilson Edwin Fabián",
        "María Luisa Ana Carolina Paola Andrea Natalia Valentina Daniela Camila Laura Juliana Diana "
        "Marcela Sandra Lorena Tatiana Yuliana Yessica Angie Viviana Adriana Gloria Claudia Paula "
        "Alejandra Mónica Sofía",
        languages=(("spa",),),
        interpreter=0.8,
        wife_keeps_name=True,
        double_surname=True,
        third_countries=("ESP",),
    ),
)

# "nach X" / "in X": German needs an article for some country names.
COUNTRY_PHRASES: dict[str, tuple[str, str]] = {
    "TUR": ("in die Türkei", "in der Türkei"),
    "IRQ": ("in den Irak", "im Irak"),
    "IRN": ("in den Iran", "im Iran"),
    "RUS": ("nach Russland", "in Russland"),
    "LBN": ("in den Libanon", "im Libanon"),
    "SDN": ("in den Sudan", "im Sudan"),
    "MDA": ("in die Republik Moldau", "in der Republik Moldau"),
}

# Spellings the same person is found under in different documents.
_SPELLINGS = [
    set(group.split())
    for group in (
        "Mohammad Muhammad Mohammed Mohamed Mohamad Muhammed",
        "Ahmad Ahmed Achmed",
        "Hussain Hussein Husain Hossein",
        "Hassan Hasan Hasen",
        "Yousef Yusuf Youssef Yousif Jussuf",
        "Mustafa Mostafa Mustafe",
        "Omar Umar Omer",
        "Fatima Fatimah Fatema",
        "Zainab Zeinab Zaynab",
        "Maryam Mariam",
        "Aisha Ayesha Aischa",
        "Abdullah Abdallah Abdulla Abdullahi",
        "Ibrahim Ebrahim Ibragim",
        "Khaled Khalid Chalid",
        "Mahmoud Mahmud Mahmut",
        "Sayed Seyed Sayyid",
        "Abdirahman Abdulrahman Abdurrahman Cabdiraxmaan",
        "Faduma Fadumo",
        "Sergei Sergey Sergej",
        "Dmitri Dmitry Dmitrij",
        "Aleksandr Alexander Aleksander",
        "Natalia Natalja Natalya",
        "Tatiana Tatjana Tatyana",
        "Yulia Julia Yuliya",
        "Ekaterina Jekaterina Yekaterina",
        "Zahra Zahraa Sahra",
        "Noor Nour Nur",
        "Layla Leila Leyla Laila",
        "Mehdi Mahdi",
        "Yohannes Johannes Yohanes",
        "Tesfay Tesfai Tesfaye",
        "Gebremedhin Ghebremedhin Gebremedin",
        "Hosseini Husseini Hussaini",
        "Rezaei Rezai Rezaie",
        "Mohammadi Mohamadi Muhammadi",
        "Giorgi Georgi",
        "Davit David",
        "Ion Ioan",
    )
]
_GERMAN = (
    ("Kh", "Ch"),
    ("kh", "ch"),
    ("Sh", "Sch"),
    ("sh", "sch"),
    ("Yu", "Ju"),
    ("Ya", "Ja"),
    ("Ye", "Je"),
)


def _fold(name: str) -> str:
    # German registers often drop diacritics; dotless ı and đ do not decompose.
    name = name.replace("ı", "i").replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _german(name: str) -> str:
    for old, new in _GERMAN:
        name = name.replace(old, new)
    for old, new in (("ov", "ow"), ("ev", "ew"), ("ova", "owa"), ("eva", "ewa")):
        if name.endswith(old):
            name = name[: -len(old)] + new
    return name


@lru_cache(maxsize=4096)
def spellings(name: str) -> tuple[str, ...]:
    """Other plausible latinisations of `name` (without `name` itself)."""
    found: list[str] = []
    for group in _SPELLINGS:
        if name in group:
            found.extend(sorted(group - {name}))
    found += [_fold(name), _german(name)]
    if name.startswith("Al-"):
        found += [f"Al {name[3:]}", f"Al{name[3:].lower()}", name[3:]]
    return tuple(dict.fromkeys(s for s in found if s != name))


INTROS = (
    "{who} erscheint zum vereinbarten Termin.",
    "{who} kommt unangemeldet in die Sprechstunde.",
    "{who} berichtet über die aktuelle Situation in der Unterkunft.",
    "Folgegespräch mit {who}.",
    "Erstgespräch mit {who}, Ablauf und Ergebnisoffenheit der Beratung erklärt.",
    "{who} fragt nach dem Stand des Verfahrens.",
    "{who} wirkt heute ruhiger als beim letzten Termin.",
    "{who} berichtet über Neuigkeiten aus der Familie.",
    "{who} bittet um Unterstützung bei Behördenschreiben.",
    "Gespräch mit {who} auf eigenen Wunsch.",
)
PHONE_INTROS = (
    "{who} meldet sich telefonisch und bittet um Rückruf.",
    "Telefonat mit {who}, Verbindung zeitweise schlecht.",
    "Videogespräch mit {who}.",
)

# Body fragments by topic; {nach} and {in_land} are filled per return country.
FRAGMENTS: dict[str, tuple[str, ...]] = {
    "return_options": (
        "Rückkehr {nach} wird erwogen, eine Entscheidung ist noch nicht gefallen.",
        "Möglichkeiten einer freiwilligen Rückkehr {nach} erläutert.",
        "Weiterwanderung in einen Drittstaat angesprochen, derzeit keine realistische Option.",
        "Vor- und Nachteile einer Rückkehr gemeinsam abgewogen.",
        "Möchte Bedenkzeit bis zum nächsten Termin.",
        "Der Wunsch nach Rückkehr ist nach eigener Aussage familiär begründet.",
    ),
    "travel_documents": (
        "Reisedokumente bei der Botschaft beantragt, Bearbeitungszeit unklar.",
        "Reisepass ist abgelaufen, Passersatzpapiere erforderlich.",
        "Kopie der Geburtsurkunde liegt vor, das Original befindet sich {in_land}.",
        "Termin bei der Auslandsvertretung des Herkunftslandes wird vorbereitet.",
        "Passfotos und Antragsformular für das Passersatzpapier besprochen.",
    ),
    "financial_support": (
        "Beratung zu REAG/GARP-Leistungen (Reisekosten, Reisebeihilfe).",
        "Voraussetzungen für StarthilfePlus erläutert.",
        "Fragen zur Höhe der Starthilfe und zum Auszahlungszeitpunkt geklärt.",
        "Hinweis, dass Leistungen nur bei freiwilliger Ausreise gewährt werden.",
        "Antragsunterlagen für die Rückkehrförderung gemeinsam ausgefüllt.",
    ),
    "medical_needs": (
        "Chronische Erkrankung angesprochen, Medikamentenversorgung {in_land} unklar.",
        "Ärztliches Attest zur Reisefähigkeit wird benötigt.",
        "Behandlung beim Facharzt läuft noch, Ausreise erst nach Abschluss sinnvoll.",
        "Medizinische Unterlagen zur Übersetzung mitgenommen.",
    ),
    "family_matters": (
        "Angehörige {in_land} unterstützen die Rückkehr.",
        "In der Familie besteht noch keine Einigkeit über die Rückkehr.",
        "Schulbesuch der Kinder bis zum Ende des Halbjahres gewünscht.",
        "Regelmäßiger Kontakt zu Verwandten {in_land}.",
        "Familienzusammenführung in einem anderen EU-Staat angesprochen.",
    ),
    "reintegration_planning": (
        "Geschäftsidee (kleiner Laden) für die Reintegration besprochen.",
        "Kontakt zum Reintegrationspartner {in_land} hergestellt.",
        "Berufserfahrung in Landwirtschaft und Handwerk dokumentiert.",
        "Wohnsituation nach der Rückkehr durch die Familie gesichert.",
        "Reintegrationsplan mit Zielen für die ersten sechs Monate entworfen.",
    ),
    "legal_status": (
        "Bescheid des BAMF liegt vor, Rechtsmittelfrist besprochen.",
        "Duldung wurde um drei Monate verlängert.",
        "Hinweis auf unabhängige Rechtsberatung gegeben.",
        "Ausreisefrist läuft, Abstimmung mit der Ausländerbehörde erforderlich.",
        "Klageverfahren ist anhängig, Ausgang offen.",
    ),
    "housing": (
        "Probleme in der Unterkunft (Lärm, Enge) geschildert.",
        "Umverteilung in die Kommune steht bevor.",
        "Wohnungssuche nach Erteilung einer Aufenthaltserlaubnis angesprochen.",
    ),
    "psychosocial": (
        "Psychosoziale Belastung angesprochen, Schlafstörungen seit Wochen.",
        "Angebot des psychosozialen Zentrums erläutert.",
        "Sorgen um Angehörige {in_land} belasten stark.",
        "Gespräch wegen emotionaler Belastung kurz unterbrochen.",
    ),
    "other": (
        "Fragen zur Gepäckmitnahme beantwortet.",
        "Sprachkurs und Arbeitsaufnahme angesprochen.",
        "Allgemeine Fragen zum Verfahren beantwortet.",
    ),
}
INTERPRETED = "Gespräch mit Dolmetschung ({lang}) geführt."
CLOSINGS = (
    "Nächster Termin in zwei Wochen vereinbart.",
    "Weitere Schritte werden beim nächsten Termin besprochen.",
    "Meldet sich nach Rücksprache mit der Familie.",
    "Unterlagen in Kopie zur Akte genommen.",
    "Einwilligungserklärung liegt vor.",
)
NEXT_STEPS = (
    "Passersatzpapiere beantragen.",
    "Antrag REAG/GARP einreichen.",
    "Ärztliches Attest anfordern.",
    "Termin bei der Ausländerbehörde vereinbaren.",
    "Rückmeldung der Familie abwarten.",
    "Kontakt zum Reintegrationspartner aufnehmen.",
    "Flugbuchung anfragen.",
    "Unterlagen übersetzen lassen.",
    "Rechtsberatung vermitteln.",
    "Folgetermin in 14 Tagen.",
)
FOLLOW_UPS = (
    "Termin Ausländerbehörde",
    "Reisepass abholen",
    "Passersatzpapiere bei der Botschaft beantragen",
    "Rückruf Klient:in",
    "Unterlagen für REAG/GARP-Antrag vervollständigen",
    "Flugbuchung bestätigen lassen",
    "Ärztliches Attest anfordern",
    "Reisefähigkeitsbescheinigung einholen",
    "Termin mit Dolmetscher:in vereinbaren",
    "Rückmeldung Rechtsberatung einholen",
    "Kontakt Reintegrationspartner {in_land}",
    "StarthilfePlus-Auszahlung prüfen",
    "Nachbetreuungsgespräch nach Ausreise",
    "Einwilligungserklärung unterschreiben lassen",
    "Geburtsurkunde übersetzen lassen",
    "Schulbescheinigung für die Kinder anfordern",
    "Wiedervorlage Fall",
    "Termin Sozialamt",
    "Ausreisefrist mit der Ausländerbehörde abstimmen",
    "Kostenübernahme für Medikamente klären",
    "Gepäckregelung mit der Fluggesellschaft klären",
)
# (partner, kind, purpose); {district} is the site's district, {in_land} the return country.
PARTNERS = (
    ("Ausländerbehörde {district}", "foreigners_authority", "Abstimmung der Ausreisefrist"),
    (
        "Behördliche Rückkehrberatung {district}",
        "return_counselling_office",
        "Übergabe zur Antragstellung",
    ),
    (
        "Kompetenzzentrum Rückkehr (Diakonie)",
        "competence_centre",
        "Fachliche Beratung zum Einzelfall",
    ),
    ("Asylverfahrensberatung", "legal_advice", "Prüfung der Erfolgsaussichten einer Klage"),
    ("Kanzlei für Migrationsrecht", "legal_advice", "Rechtliche Beratung zum Aufenthaltsstatus"),
    ("Psychosoziales Zentrum für Geflüchtete", "psychosocial", "Psychotherapeutische Anbindung"),
    ("Gesundheitsamt {district}", "medical", "Klärung der Reisefähigkeit"),
    ("Medizinische Ambulanz der Einrichtung", "medical", "Ärztliche Untersuchung und Attest"),
    ("Reintegrationspartner {in_land}", "reintegration_partner", "Unterstützung nach der Ankunft"),
    ("Beratungsstelle gegen Menschenhandel", "other", "Spezialisierte Beratung und Schutz"),
)
REFERRAL_RESULTS = (
    "Termin hat stattgefunden, Rückmeldung liegt vor.",
    "Unterstützung wurde zugesagt.",
    "Stellungnahme liegt der Akte bei.",
    "Anbindung erfolgreich, weitere Termine vereinbart.",
)
VULNERABILITY_NOTES = (
    "Angaben beruhen auf Selbstauskunft.",
    "Ärztliche Unterlagen liegen vor.",
    "Bei der nächsten Beratung erneut ansprechen.",
    "Mit Einverständnis dokumentiert.",
)
