"""Normalisers: raw values from the parser → codes, seconds, bytes, canonical ratios.

`spec.normalise` resolves a whole `ReleaseSpec`; the modules beside it each resolve one kind of value
(`language`, `audio`, `runtime`, `size`, `aspect`, `money`, `day`) and `closest` suggests spellings.
Nothing is imported here, so a command that needs one of them loads only that one.
"""
