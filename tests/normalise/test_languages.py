"""Language names in many spellings and scripts → ISO codes."""

import pytest

from dvdtrack.normalise.language import resolve_language, suggest_languages, tag_language

CASES = {
    "he": ["Hebrew", "he", "heb", "иврит", "Hébreu", "hebreu", "HEBREW"],
    "en": ["English", "eng", "angličtinou", "angličtinu", "английский", "английские", "Английский", "angielski", "angielskie",
           "anglický", "anglicky", "Englisch", "englische", "englanti", "englanniksi", "англ.", "анг", "английских", "英语"],
    "fr": ["Francais", "Français", "fre", "fra", "французский", "francuski", "Französisch"],
    "de": ["Deutsch", "German", "ger", "немецкий", "немецкие", "niemiecki", "Deutsche", "нем.", "немецкими"],
    "es": ["Espanol", "Español", "Spanish", "испанский", "Castellano", "španělské", "hiszpańskie", "Spanisch", "espanja"],
    "pt": ["Portugues", "Português", "Portuguese"],
    "ru": ["Russian", "русский", "русские", "Русский", "rus", "rosyjski", "ruský", "venäjä", "рус.", "русских", "俄语"],
    "cs": ["Cesky", "Česky", "čeština", "Czech", "cze", "češtinou", "češtinu"],  # Czech cases: `s češtinou`
    "lv": ["Latvian", "lotyšské", "lotyština"],
    "hr": ["Croatian", "chorvatské", "chorvatštinou"],
    "nl": ["Nederlands", "Dutch"],
    "sv": ["Svenska", "Swedish", "ruotsi"],
    "it": ["Italiano", "Italian", "italské", "włoskie", "Italienisch", "italia"],
    "ja": ["Japanese", "japonais", "японский"],
    "zh": ["Chinese", "китайский"],
    "ar": ["Arabic", "арабский"],
    "pl": ["Polish", "polski", "польский"],
    "fi": ["Finnish", "suomi", "suomeksi"],
    "uk": ["Ukrainian", "українська", "украинский", "ukrajinské"],
    "hu": ["Hungarian", "Magyar", "maďarské", "węgierskie", "Ungarisch", "unkari"],
    "sk": ["Slovak", "slovenské", "slovenčina", "slovenština", "slovenštinou"],  # not Slovenian, which it starts as
    "sl": ["Slovenian", "slovinské", "slovinština", "slovenščina"],
    "zxx": ["Silent", "Silent (intertitles)", "немой", "Stumm", "němý", "mykkä"],  # no spoken language
}


@pytest.mark.parametrize("code, name", [(c, n) for c, names in CASES.items() for n in names])
def test_resolves(code, name):
    assert resolve_language(name) == code


@pytest.mark.parametrize("name", ["Original", "the", "xx", "Blahblah", "", "123"])
def test_unknown(name):
    assert resolve_language(name) is None


def test_rare_code_only_on_request():
    assert resolve_language("gsw") is None
    assert resolve_language("gsw", any_code=True) == "gsw"


def test_suggestions():
    assert "Hebrew" in suggest_languages("Hebrw")


@pytest.mark.parametrize("tag, code", [("pt-BR", "pt"), ("zh-Hant", "zh"), ("sr-Latn", "sr"), ("pt_BR", "pt"),
                                       ("zh-Hans-CN", "zh"), ("es-419", "es"), ("en-US", "en")])
def test_regional_tag_is_its_language(tag, code):
    assert tag_language(tag) == code


@pytest.mark.parametrize("text", ["pt", "Portuguese", "xx-BR", "pt-Brazil", "pt-", "-BR", "he,en"])
def test_what_is_no_regional_tag(text):
    assert tag_language(text) is None


def test_suggestions_rank_by_score_then_name():
    assert suggest_languages("russkiy")[0] == "Russian"  # a spelling of the table, not only English names
    assert len(set(suggest_languages("zzq"))) == 3
