"""Second stage: one line at a time, read with one grammar's rules into a `LineRead` (`reads`): a
label and its value (`labels`), a section's header and items (`sections`), the line reader that tries
them in order (`reader`)."""
