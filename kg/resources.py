"""The resources every stage shares, built once per process and passed in."""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .tokens import Tokenizer, jieba_dictionary

__all__ = ["Resources"]

# jieba tags of ordinary vocabulary: a short place name that jieba knows under one
# of these (平安 a, 前进 v) is taken as a place only when the context confirms it
COMMON_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "f", "t", "b", "l", "i")


@dataclass
class Resources:
    gazetteer: Gazetteer
    lexicon: Lexicon
    tokenizer: Tokenizer
    jieba_words: dict[str, tuple[int, str]]   # jieba's own dictionary: word -> (freq, tag)

    @classmethod
    def load(cls) -> "Resources":
        gazetteer = Gazetteer.load()
        lexicon = Lexicon.load()
        names = gazetteer.names()
        jieba_words = jieba_dictionary()
        user_words = {name: "ns" for name in names if len(name) >= 2}
        return cls(gazetteer, lexicon, Tokenizer(user_words), jieba_words)

    def is_common_word(self, word: str) -> bool:
        """True when jieba knows ``word`` as ordinary vocabulary rather than a name."""
        freq, tag = self.jieba_words.get(word, (0, ""))
        if not tag or tag.startswith(("ns", "nr", "nz", "nt")):
            return False
        return tag.startswith(COMMON_TAGS) or freq >= 2000
