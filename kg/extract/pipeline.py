"""The spaCy pipeline: configuration in one place, components by name.

Default: spaCy's blank ``de``/``en`` tokenizer, then kg's rule components
(``kg_paragraphs`` sets the sentence boundaries spaCy's sentencizer would,
plus its own). With ``model="de_core_news_lg"`` (or any installed trained
pipeline) that pipeline is loaded instead and kg's components are added after
its parser and NER, which they use where present.
"""

from __future__ import annotations

import functools
import gc
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from kg.errors import ConfigError

# Importing the modules registers their factories with spaCy.
from kg.extract import (  # noqa: F401
    dates,
    demands,
    entities,
    meetings,
    roles,
    sentences,
    statements,
)

LANGUAGES = ("de", "en")

#: The kg components, in order, with their configuration. The one place to
#: change what the pipeline does.
COMPONENTS: list[tuple[str, dict[str, Any]]] = [
    ("kg_paragraphs", {}),
    ("kg_entities", {"lexicon_files": []}),
    ("kg_dates", {}),
    ("kg_roles", {}),
    ("kg_meetings", {}),
    ("kg_demands", {}),
    ("kg_statements", {}),
]

#: A hyphen between two letters splits when the right side is capitalised:
#: "NATO-Generalsekretär" → "NATO", "-", "Generalsekretär". Lexicon phrases
#: ("NATO-Russland-Rat") are tokenised the same way, so they still match.
HYPHEN_INFIX = r"(?<=[0-9A-Za-zÀ-ÖØ-öø-ÿ])-(?=[A-ZÄÖÜÀ-Ö])"


#: Chunks (whitespace-separated strings) whose tokenisation spaCy's tokenizer
#: keeps. spaCy's default (10,000) fills up early in a news corpus, after
#: which nothing new is cached; each entry is a few dozen bytes.
TOKENIZER_CACHE_SIZE = 200_000


def _blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    tokenizer: Any = nlp.tokenizer  # (a ``Tokenizer``; the stub says any callable)
    tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    infixes = list(nlp.Defaults.infixes or []) + [HYPHEN_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp  # no sentencizer: kg_paragraphs splits sentences in one pass


#: Net allocations between two collections of the youngest generation (see below).
YOUNG_GC_THRESHOLD = 10_000


@functools.lru_cache(maxsize=8)
def build_pipeline(lang: str, model: str | None = None,
                   lexicon_files: tuple[str, ...] = ()) -> Language:
    """Build (once per process) the pipeline for a language."""
    if lang not in LANGUAGES:
        raise ConfigError(f"unsupported language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            raise ConfigError(f"spaCy pipeline {model!r} is not installed "
                              f"(install it with: python -m spacy download {model})") from None
        if nlp.lang != lang:
            raise ConfigError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, not {lang!r}")
        infixes = list(nlp.Defaults.infixes or []) + [HYPHEN_INFIX]
        tokenizer: Any = nlp.tokenizer  # (as in ``_blank``)
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and \
                not nlp.has_pipe("sentencizer"):
            nlp.add_pipe("sentencizer")
    else:
        nlp = _blank(lang)
    for name, config in COMPONENTS:
        config = dict(config)
        if name == "kg_entities":
            config["lexicon_files"] = list(lexicon_files)
        nlp.add_pipe(name, config=config)
    # The pipeline, its lexicon (~12,000 entries) and pattern docs live until
    # the process ends. Moving everything alive now out of the cyclic garbage
    # collector's reach keeps each full collection from walking them again:
    # measured 9 % of extraction time without, 5 % with.
    gc.freeze()
    # An article makes tens of thousands of short-lived containers, nearly all
    # freed by reference counting (``document_graph`` breaks the doc's own
    # cycle); at Python's default threshold (700 net allocations) the young
    # generation was collected ~2 times per article for nothing: 4 % of
    # extraction time (measured with ``gc.callbacks``). Cyclic garbage is
    # still collected, after 10,000 net allocations.
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_GC_THRESHOLD:
        gc.set_threshold(YOUNG_GC_THRESHOLD, *older)
    return nlp


def process(text: str, lang: str, meta: dict[str, Any], model: str | None = None,
            lexicon_files: tuple[str, ...] = ()) -> Doc:
    """Run the pipeline over one text; ``meta`` seeds ``doc._.kg_meta``."""
    nlp = build_pipeline(lang, model, lexicon_files)
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text  # spaCy's tokenizer keeps every character: doc.text == text
    doc.user_data["kg_meta"] = dict(meta)  # what doc._.kg_meta's setter writes, without its object
    for component in _components(nlp):
        doc = component(doc)
    return doc


def _components(nlp: Language) -> list[Any]:
    """The components of ``nlp.pipeline``, in order. spaCy builds that list anew on
    every read and formats an error message for it each time (a frozen list says
    why it cannot be changed): measured 20 µs per document on a loaded machine, 3 µs
    this way. Read from spaCy's own list of components instead, the one
    ``nlp.pipeline`` filters (with ``nlp.pipeline`` itself as the fallback should
    spaCy rename it)."""
    try:
        return [component for name, component in nlp._components if name not in nlp._disabled]
    except AttributeError:
        return [component for _name, component in nlp.pipeline]
