"""Demonyms and country abbreviations: "Ukrainian" is not a place, but it says whose side.

`side_of("Ukrainian") -> "UA"` is what claims and events use to tag actors; the resolver uses the
same table to place a demonym when a benchmark marks it as a toponym ("Turkish" -> Turkey).
Continental adjectives map to a continent code prefixed with "@" (e.g. "@EU" for Europe).
"""

from __future__ import annotations

import re

# Adjective/people forms -> ISO 3166-1 alpha-2 (or "@" + GeoNames continent code).
_TABLE = """
Afghan AF|Albanian AL|Algerian DZ|American US|Andorran AD|Angolan AO|Argentine AR|Argentinian AR
Armenian AM|Australian AU|Austrian AT|Azerbaijani AZ|Azeri AZ|Bahraini BH|Bangladeshi BD|Barbadian BB
Belarusian BY|Belarussian BY|Belgian BE|Belizean BZ|Beninese BJ|Bhutanese BT|Bolivian BO|Bosnian BA
Botswanan BW|Brazilian BR|British GB|Briton GB|Bruneian BN|Bulgarian BG|Burkinabe BF|Burmese MM
Burundian BI|Cambodian KH|Cameroonian CM|Canadian CA|Chadian TD|Chilean CL|Chinese CN|Colombian CO
Congolese CD|Costa Rican CR|Croatian HR|Croat HR|Cuban CU|Cypriot CY|Czech CZ|Danish DK|Dane DK
Djiboutian DJ|Dominican DO|Dutch NL|Ecuadorian EC|Egyptian EG|Emirati AE|English GB|Eritrean ER
Estonian EE|Ethiopian ET|Fijian FJ|Filipino PH|Finnish FI|Finn FI|French FR|Gabonese GA|Gambian GM
Georgian GE|German DE|Ghanaian GH|Greek GR|Guatemalan GT|Guinean GN|Guyanese GY|Haitian HT
Honduran HN|Hungarian HU|Icelandic IS|Indian IN|Indonesian ID|Iranian IR|Iraqi IQ|Irish IE
Israeli IL|Italian IT|Ivorian CI|Jamaican JM|Japanese JP|Jordanian JO|Kazakh KZ|Kazakhstani KZ
Kenyan KE|Kosovar XK|Kuwaiti KW|Kyrgyz KG|Lao LA|Laotian LA|Latvian LV|Lebanese LB|Liberian LR
Libyan LY|Lithuanian LT|Luxembourgish LU|Macedonian MK|Malagasy MG|Malawian MW|Malaysian MY
Maldivian MV|Malian ML|Maltese MT|Mauritanian MR|Mauritian MU|Mexican MX|Moldovan MD|Monegasque MC
Mongolian MN|Montenegrin ME|Moroccan MA|Mozambican MZ|Namibian NA|Nepali NP|Nepalese NP
New Zealander NZ|Nicaraguan NI|Nigerien NE|Nigerian NG|North Korean KP|Norwegian NO|Omani OM
Pakistani PK|Palestinian PS|Panamanian PA|Paraguayan PY|Peruvian PE|Philippine PH|Polish PL|Pole PL
Portuguese PT|Qatari QA|Romanian RO|Russian RU|Rwandan RW|Salvadoran SV|Saudi SA|Scottish GB
Scot GB|Senegalese SN|Serbian RS|Serb RS|Sierra Leonean SL|Singaporean SG|Slovak SK|Slovakian SK
Slovenian SI|Slovene SI|Somali SO|South African ZA|South Korean KR|Korean KR|South Sudanese SS
Spanish ES|Spaniard ES|Sri Lankan LK|Sudanese SD|Swedish SE|Swede SE|Swiss CH|Syrian SY
Taiwanese TW|Tajik TJ|Tanzanian TZ|Thai TH|Togolese TG|Trinidadian TT|Tunisian TN|Turkish TR|Turk TR
Turkmen TM|Ugandan UG|Ukrainian UA|Uruguayan UY|Uzbek UZ|Venezuelan VE|Vietnamese VN|Welsh GB
Yemeni YE|Zambian ZM|Zimbabwean ZW|Soviet RU|Crimean UA
European @EU|African @AF|Asian @AS|North American @NA|South American @SA|Latin American @SA
"""

DEMONYMS: dict[str, str] = {}
for _item in re.split(r"[|\n]", _TABLE):
    if _item.strip():
        _word, _code = _item.strip().rsplit(" ", 1)
        DEMONYMS[_word.lower()] = _code

# Short forms newsrooms use for countries and blocs (resolved like names, not demonyms).
ABBREVIATIONS: dict[str, str] = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "uk": "GB",
    "u k": "GB",
    "uae": "AE",
    "u a e": "AE",
    "drc": "CD",
    "eu": "@EU",
    "european union": "@EU",
    "britain": "GB",
    "great britain": "GB",
    "america": "US",
    "holland": "NL",
    "soviet union": "RU",
    "ussr": "RU",
}


def _key(word: str) -> str:
    word = word.strip().replace("’", "'")
    word = re.sub(r"'s$", "", word)
    word = re.sub(r"s$", "", word) if word.lower().rstrip("s") in DEMONYMS and word[-1:] == "s" else word
    return word.lower()


def side_of(word: str) -> str | None:
    """ISO country code a demonym points at ("Ukrainian" -> "UA", "Russians" -> "RU"), else None."""
    return DEMONYMS.get(_key(word))


def is_demonym(word: str) -> bool:
    return _key(word) in DEMONYMS
