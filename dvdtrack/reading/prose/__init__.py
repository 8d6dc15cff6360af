"""Fifth stage, after assembly: the specs a release's prose states (`The film runs 92 minutes`, `regione 2
PAL`, `Subtitles are in English and Dutch`), read sentence by sentence with the cue words of
`grammars/words/prose.toml` (`cues`): typed values (`values`), tracks (`tracks`), extras and
directors (`credits`). A prose reading ranks below every labelled line: `fill` fills only the
fields a release's lines left empty, and never reads a sentence about another disc."""
