#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"

#include <QSqlQuery>

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

TEST_CASE("A tenancy runs three years by default with the rent frozen at signing",
          "[housing][tenancy]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat(0, 8523);
    const qint64 id = fx.sign(flat, QDate(2026, 11, 1), Money(200000));
    const Tenancy t = fx.housing().tenancy(id);
    CHECK(t.end == QDate(2029, 10, 31));
    CHECK(t.monthlyRent == Money(85230));
    CHECK(t.deposit == Money(200000));
    CHECK(fx.housing().flat(flat).status == FlatStatus::Occupied);

    Complex c = fx.housing().complex(fx.complex);
    c.rentRate = 2000;
    fx.housing().updateComplex(c);
    CHECK(fx.housing().tenancy(id).monthlyRent == Money(85230));
}

TEST_CASE("A tenancy is not signed beyond the maximum term", "[housing][tenancy]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 offer = fx.housing().offerFlat(fx.apply(fx.addCadre(QStringLiteral("甲"))), flat);
    CHECK(fx.housing().maxEnd(QDate(2026, 11, 1)) == QDate(2031, 10, 31));
    CHECK_THROWS_AS(fx.housing().acceptOffer(offer, QDate(2026, 11, 1), QDate(2031, 11, 1), Money()),
                    ValidationError);
    CHECK(fx.t.count(QStringLiteral("housing_tenancies")) == 0);
    CHECK(fx.housing().flat(flat).status == FlatStatus::Reserved);
    CHECK_NOTHROW(
        fx.housing().acceptOffer(offer, QDate(2026, 11, 1), QDate(2031, 10, 31), Money()));
}

TEST_CASE("A clerk extends a tenancy within the maximum term; beyond it only a manager with a "
          "reason",
          "[housing][tenancy]")
{
    HousingFixture fx;
    const qint64 id = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.t.loginAs(Role::Clerk, {Module::Housing});
    fx.housing().extendTenancy(id, QDate(2030, 10, 31), QString());
    CHECK(fx.housing().tenancy(id).end == QDate(2030, 10, 31));
    CHECK_THROWS_AS(fx.housing().extendTenancy(id, QDate(2032, 4, 30), QStringLiteral("项目未完")),
                    PermissionError);

    fx.t.loginAs(Role::Manager);
    CHECK_THROWS_AS(fx.housing().extendTenancy(id, QDate(2032, 4, 30), QString()),
                    ValidationError);
    fx.housing().extendTenancy(id, QDate(2032, 4, 30), QStringLiteral("重点项目未完成"));
    CHECK(fx.housing().tenancy(id).end == QDate(2032, 4, 30));
    const QList<Extension> ext = fx.housing().extensions(id);
    REQUIRE(ext.size() == 2);
    CHECK_FALSE(ext[0].beyondMax);
    CHECK(ext[1].beyondMax);
    CHECK(ext[1].reason == QStringLiteral("重点项目未完成"));
    CHECK(fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'extend'"))
              .toInt()
          == 2);
}

TEST_CASE("The store refuses a second active tenancy of a flat or of a person",
          "[housing][tenancy]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 other = fx.addFlat();
    const qint64 id = fx.sign(flat, QDate(2026, 11, 1));
    const qint64 tenant = fx.housing().tenancy(id).staffId;
    const qint64 someoneElse = fx.addCadre(QStringLiteral("别人"));
    QSqlQuery q(fx.t.db().connection());
    const QString insert = QStringLiteral(
        "INSERT INTO housing_tenancies (flat_id, staff_id, start_date, end_date, area, rent_rate, "
        "monthly_rent, status, created_at) VALUES (%1, %2, '2026-11-01', '2027-10-31', 8000, "
        "1000, 80000, 'active', 0)");
    CHECK_FALSE(q.exec(insert.arg(flat).arg(someoneElse)));
    CHECK_FALSE(q.exec(insert.arg(other).arg(tenant)));
    // An ended tenancy does not count.
    CHECK(q.exec(insert.arg(other).arg(someoneElse).replace(QStringLiteral("'active'"),
                                                            QStringLiteral("'ended'"))));
    CHECK(fx.t.count(QStringLiteral("housing_tenancies")) == 2);
}

TEST_CASE("An accepted offer houses the applicant and closes the application",
          "[housing][tenancy]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 staff = fx.addCadre(QStringLiteral("王芳"));
    const qint64 app = fx.apply(staff);
    const qint64 offer = fx.housing().offerFlat(app, flat);
    const qint64 id = fx.housing().acceptOffer(offer, QDate(2026, 11, 15), QDate(), Money());
    CHECK(fx.housing().application(app).status == ApplicationStatus::Housed);
    CHECK(fx.housing().tenancy(id).staffId == staff);
    CHECK_THROWS_AS(fx.housing().acceptOffer(offer, QDate(2026, 11, 15), QDate(), Money()),
                    ValidationError);
    CHECK(fx.housing().queue(QStringLiteral("2室1厅")).isEmpty());
}

TEST_CASE("Alerts name tenancies ending soon and tenants whose post has ended",
          "[housing][alerts]")
{
    HousingFixture fx;
    const qint64 ending = fx.sign(fx.addFlat(), QDate(2024, 1, 1), Money(), QDate(2026, 12, 20),
                                  QStringLiteral("快到期"));
    fx.sign(fx.addFlat(), QDate(2026, 1, 1), Money(), QDate(), QStringLiteral("不到期"));
    const qint64 leaver = fx.sign(fx.addFlat(), QDate(2026, 1, 1), Money(), QDate(),
                                  QStringLiteral("已离任"));
    Staff s = fx.t.services().org().staff(fx.housing().tenancy(leaver).staffId);
    s.postEnd = QDate(2026, 10, 31);
    fx.t.services().org().updateStaff(s);

    const QList<HousingAlert> alerts = fx.housing().alerts();
    QList<qint64> endingIds, postIds;
    for (const HousingAlert &a : alerts) {
        if (a.kind == AlertKind::EndingSoon)
            endingIds << a.tenancyId;
        if (a.kind == AlertKind::PostEnded)
            postIds << a.tenancyId;
    }
    CHECK(endingIds == QList<qint64>{ending});
    CHECK(postIds == QList<qint64>{leaver});
    for (const HousingAlert &a : alerts)
        if (a.kind == AlertKind::EndingSoon)
            CHECK(a.days == 22);
}
