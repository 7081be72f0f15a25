#include "org/PasswordHasher.h"

#include <catch2/catch.hpp>

using namespace ga;

TEST_CASE("A hashed password verifies", "[password]")
{
    const QString hash = hashPassword(QStringLiteral("correct horse 马"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(verifyPassword(hash, QStringLiteral("correct horse 马")));
}

TEST_CASE("A wrong password does not verify", "[password]")
{
    const QString hash = hashPassword(QStringLiteral("correct horse"));
    CHECK_FALSE(verifyPassword(hash, QStringLiteral("correct hors")));
    CHECK_FALSE(verifyPassword(hash, QString()));
}

TEST_CASE("Two hashes of the same password differ (salted)", "[password]")
{
    const QString a = hashPassword(QStringLiteral("same password"));
    const QString b = hashPassword(QStringLiteral("same password"));
    CHECK(a != b);
    CHECK(verifyPassword(a, QStringLiteral("same password")));
    CHECK(verifyPassword(b, QStringLiteral("same password")));
}

TEST_CASE("A malformed or empty hash never verifies", "[password]")
{
    CHECK_FALSE(verifyPassword(QString(), QStringLiteral("anything")));
    CHECK_FALSE(verifyPassword(QStringLiteral("x"), QStringLiteral("x")));
    CHECK_FALSE(verifyPassword(QString(200, QLatin1Char('$')), QStringLiteral("x")));
}
