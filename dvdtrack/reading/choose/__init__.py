"""Third stage: which grammar reads a block: a cheap guess of what each could read (`guess`), then the
block read by the likely ones and the best kept; a paragraph in another style read on its own
(`choice`)."""
