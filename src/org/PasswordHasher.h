#pragma once

#include <QString>

namespace ga {

// Argon2id password hashing (libsodium crypto_pwhash_str, interactive limits). The result is
// the self-describing "$argon2id$..." string, salted, so two hashes of one password differ.
// Throws ga::StorageError if libsodium cannot be initialised or runs out of memory.
QString hashPassword(const QString &password);

// True when the password matches the stored hash; false for a wrong password or a malformed hash.
bool verifyPassword(const QString &hash, const QString &password);

} // namespace ga
