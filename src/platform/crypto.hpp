// Thin wrappers over libsodium: argon2id password hashes, random tokens, keyed hashes.
#pragma once

#include <cstdint>

#include <string>
#include <string_view>

namespace tsunagu::crypto {

// Must be called once before any other function here (main and test mains do).
void Init();

// argon2id (libsodium's interactive limits); the result embeds salt and parameters.
std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);
// How many times this process has hashed or checked a password (argon2id, deliberately slow):
// tests show that a refused request did none of that work.
std::int64_t SlowPasswordWork();

// 32 random bytes as 64 lowercase hex characters.
std::string RandomToken();

// Hex SHA-256 of a token: what the database stores instead of the token itself.
std::string TokenDigest(std::string_view token);

// Hex HMAC-SHA-256 of message under key.
std::string Hmac(std::string_view key, std::string_view message);

// Constant-time comparison of two strings of equal length (false when lengths differ).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace tsunagu::crypto
