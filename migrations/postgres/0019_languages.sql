-- The language a person chose on their account page, and the one an
-- organisation's admins set for everyone who has not chosen (a tag of
-- domain::locale::Locale: en, de, fr, es). NULL: not chosen, so the
-- organisation's default, then the browser's language, applies.
ALTER TABLE users ADD COLUMN locale TEXT;
ALTER TABLE organisations ADD COLUMN default_locale TEXT;
