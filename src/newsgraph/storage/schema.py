"""The knowledge-base schema as named, ordered migrations.

Every fact row carries its provenance: the article id, the sentence index
and the character span ``[start_char, end_char)`` into ``articles.text``.
A migration is applied once, in order, and recorded in ``migrations``;
adding a feature means appending a migration, never editing an applied one.
"""

from __future__ import annotations

INITIAL = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    published TEXT NOT NULL,            -- YYYY-MM-DD
    url TEXT,
    source TEXT,                        -- registrable domain of the URL
    dateline_place TEXT,
    dateline_entity TEXT,
    text TEXT NOT NULL,
    content_key TEXT NOT NULL,          -- hash of the normalised text (dedup)
    origin TEXT                         -- file (or file:line) it was read from
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_content_key ON articles(content_key);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geonameid TEXT,
    aliases TEXT NOT NULL,              -- JSON list
    roles TEXT NOT NULL,                -- JSON list
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, start_char, end_char, entity_id)
);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    first_day TEXT,                     -- calendar range of value, for date queries
    last_day TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX timexes_days ON timexes(first_day, last_day);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_text TEXT,
    cue TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    qualifier TEXT NOT NULL,
    unit TEXT,
    claimant TEXT,
    claimant_text TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    modality TEXT NOT NULL,
    attributed_to TEXT,
    trigger TEXT NOT NULL,
    actors TEXT NOT NULL,               -- JSON list of entity ids
    targets TEXT NOT NULL,              -- JSON list of entity ids
    location TEXT,
    date TEXT,
    PRIMARY KEY (article_id, idx)
);

-- Input that did not become an article, and why (file, line, stage, reason).
CREATE TABLE rejections (
    origin TEXT NOT NULL,
    line INTEGER NOT NULL DEFAULT 0,    -- 0: the whole file
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    article_id TEXT,
    PRIMARY KEY (origin, line, stage)
);

-- Input stored once already: same URL or same normalised text.
CREATE TABLE duplicates (
    origin TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,           -- the stored copy
    reason TEXT NOT NULL                -- 'same url' | 'same text'
);
"""

# Entities merged across articles (newsgraph.resolve.entities.merge_entities
# recomputes these from the per-article rows at the end of every build).
KB_ENTITIES = """
CREATE TABLE kb_entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geonameid TEXT,
    mention_count INTEGER NOT NULL,
    article_count INTEGER NOT NULL
);
CREATE INDEX kb_entities_name ON kb_entities(name COLLATE NOCASE);
CREATE TABLE kb_aliases (
    kb_id INTEGER NOT NULL REFERENCES kb_entities(id),
    alias TEXT NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX kb_aliases_alias ON kb_aliases(alias COLLATE NOCASE);
CREATE INDEX kb_aliases_kb ON kb_aliases(kb_id);
CREATE TABLE kb_members (
    kb_id INTEGER NOT NULL REFERENCES kb_entities(id),
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX kb_members_kb ON kb_members(kb_id);
CREATE TABLE kb_roles (
    kb_id INTEGER NOT NULL REFERENCES kb_entities(id),
    role TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    article_count INTEGER NOT NULL
);
CREATE INDEX kb_roles_kb ON kb_roles(kb_id);
CREATE TABLE kb_merge_evidence (
    kb_id INTEGER NOT NULL REFERENCES kb_entities(id),
    evidence TEXT NOT NULL
);
CREATE INDEX kb_merge_evidence_kb ON kb_merge_evidence(kb_id);
"""

# (name, SQL) in the order they are applied.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL),
    ("0002_kb_entities", KB_ENTITIES),
    # The pipeline (model and stage versions) that extracted each article: a
    # build re-extracts articles whose pipeline differs from its own.
    ("0003_article_pipeline", "ALTER TABLE articles ADD COLUMN pipeline TEXT;"),
    # Where the speaker and the cue of a quote stand in the article text.
    ("0004_quote_spans", """
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
"""),
]

# Tables whose rows belong to one article (deleted with it on replace).
ARTICLE_TABLES = ("sentences", "entities", "mentions", "timexes", "quotes", "claims", "events")
