"""Store: SQLModel tables, the database engine and sessions, film matching, saving releases."""
