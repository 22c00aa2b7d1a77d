-- A minor's guardian confirms consent through a one-time link sent to them (plan 2-3: students
-- take part only with a guardian's consent). Only the SHA-256 of the link's token is stored.
ALTER TABLE volunteer_profiles ADD COLUMN guardian_email TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer_profiles ADD COLUMN consent_token_hash TEXT;
ALTER TABLE volunteer_profiles ADD COLUMN consent_expires INTEGER;
CREATE INDEX volunteer_profiles_consent ON volunteer_profiles (consent_token_hash);
