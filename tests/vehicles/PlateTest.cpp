#include <catch2/catch.hpp>

#include "vehicles/Plate.h"

using namespace ga::vehicles;

TEST_CASE("An ordinary plate is valid with or without its separator", "[plate]")
{
    CHECK(isValidPlate(QStringLiteral("宁A·12345")));
    CHECK(isValidPlate(QStringLiteral("宁A12345")));
    CHECK(isValidPlate(QStringLiteral("宁A 12345")));
    CHECK(isValidPlate(QStringLiteral("京B·C8J2K")));
    CHECK_FALSE(isNewEnergyPlate(QStringLiteral("宁A·12345")));
}

TEST_CASE("Plates are normalised to the separator form", "[plate]")
{
    CHECK(normalisePlate(QStringLiteral("宁A12345")) == QStringLiteral("宁A·12345"));
    CHECK(normalisePlate(QStringLiteral(" 宁a 12345 ")) == QStringLiteral("宁A·12345"));
    CHECK(normalisePlate(QStringLiteral("宁A.12345")) == QStringLiteral("宁A·12345"));
    CHECK(normalisePlate(QStringLiteral("宁A•12345")) == QStringLiteral("宁A·12345"));
    CHECK(normalisePlate(QStringLiteral("宁Ａ１２３４５")) == QStringLiteral("宁A·12345"));
    CHECK(normalisePlate(QStringLiteral("宁a·d12345")) == QStringLiteral("宁A·D12345"));
}

TEST_CASE("New-energy plates start or end with D or F", "[plate]")
{
    CHECK(isValidPlate(QStringLiteral("宁A·D12345")));
    CHECK(isValidPlate(QStringLiteral("宁A·12345D")));
    CHECK(isValidPlate(QStringLiteral("宁AF12345")));
    CHECK(isValidPlate(QStringLiteral("宁A 12345F")));
    CHECK(isNewEnergyPlate(QStringLiteral("宁A·D12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·123456")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·1D2345")));
}

TEST_CASE("A plate with an unknown province is refused", "[plate]")
{
    CHECK_FALSE(isValidPlate(QStringLiteral("美A·12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("AA·12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("1A·12345")));
}

TEST_CASE("A plate of the wrong length is refused", "[plate]")
{
    CHECK_FALSE(isValidPlate(QString()));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·1234")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·D123456")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁·12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁12·12345")));
}

TEST_CASE("The letters I and O are refused on plates", "[plate]")
{
    CHECK_FALSE(isValidPlate(QStringLiteral("宁I·12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁O·12345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·1234O")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·I2345")));
    CHECK_FALSE(isValidPlate(QStringLiteral("宁A·D1234I")));
}
