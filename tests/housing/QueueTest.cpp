#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"
#include "org/SettingsService.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

bool mentions(const QStringList &problems, const QString &word)
{
    for (const QString &p : problems)
        if (p.contains(word))
            return true;
    return false;
}

} // namespace

TEST_CASE("Only a transferred cadre may apply", "[housing][eligibility]")
{
    HousingFixture fx;
    const qint64 local = fx.addCadre(QStringLiteral("本地人"), 0, false);
    const QStringList problems = fx.housing().eligibilityProblems(local, true);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("not a transferred cadre")));
    try {
        fx.apply(local);
        FAIL("the application was accepted");
    } catch (const ValidationError &e) {
        CHECK(e.message().contains(QStringLiteral("not a transferred cadre")));
    }
    CHECK(fx.t.count(QStringLiteral("housing_applications")) == 0);
}

TEST_CASE("An applicant must declare having no local housing", "[housing][eligibility]")
{
    HousingFixture fx;
    const qint64 s = fx.addCadre(QStringLiteral("王芳"));
    CHECK(mentions(fx.housing().eligibilityProblems(s, false), QStringLiteral("no housing locally")));
    CHECK(fx.housing().eligibilityProblems(s, true).isEmpty());
}

TEST_CASE("A tenant, an open applicant or one whose post ended may not apply",
          "[housing][eligibility]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 tenancy = fx.sign(flat, QDate(2026, 11, 1));
    const qint64 tenant = fx.housing().tenancy(tenancy).staffId;
    CHECK(mentions(fx.housing().eligibilityProblems(tenant, true), QStringLiteral("already holds")));

    const qint64 waiting = fx.addCadre(QStringLiteral("李强"));
    fx.apply(waiting);
    CHECK(mentions(fx.housing().eligibilityProblems(waiting, true),
                   QStringLiteral("open application")));

    const qint64 leaving = fx.addCadre(QStringLiteral("赵敏"));
    Staff s = fx.t.services().org().staff(leaving);
    s.postEnd = QDate(2026, 11, 1);
    fx.t.services().org().updateStaff(s);
    CHECK(mentions(fx.housing().eligibilityProblems(leaving, true),
                   QStringLiteral("post ended on 2026-11-01")));
}

TEST_CASE("The queue orders by priority points, then by date", "[housing][queue]")
{
    HousingFixture fx;
    const qint64 a = fx.apply(fx.addCadre(QStringLiteral("甲")), 0, QDate(2026, 9, 1));
    const qint64 b = fx.apply(fx.addCadre(QStringLiteral("乙")), 10, QDate(2026, 10, 5));
    const qint64 c = fx.apply(fx.addCadre(QStringLiteral("丙")), 10, QDate(2026, 10, 1));
    const qint64 other = fx.apply(fx.addCadre(QStringLiteral("丁")), 50, QDate(2026, 8, 1),
                                  QStringLiteral("3室1厅"));
    const QList<ApplicationRow> q = fx.housing().queue(QStringLiteral("2室1厅"));
    REQUIRE(q.size() == 3);
    CHECK(q[0].application.id == c);
    CHECK(q[1].application.id == b);
    CHECK(q[2].application.id == a);
    CHECK(q[0].position == 1);
    CHECK(q[2].position == 3);
    CHECK(fx.housing().queue(QStringLiteral("3室1厅")).first().application.id == other);
}

TEST_CASE("Offering a flat past the head of the queue needs a recorded reason", "[housing][queue]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 head = fx.apply(fx.addCadre(QStringLiteral("甲")), 10);
    const qint64 second = fx.apply(fx.addCadre(QStringLiteral("乙")), 0);
    try {
        fx.housing().offerFlat(second, flat);
        FAIL("the skip was accepted without a reason");
    } catch (const ValidationError &e) {
        CHECK(e.message().contains(QStringLiteral("甲")));
        CHECK(e.message().contains(QStringLiteral("head of the queue")));
    }
    CHECK(fx.t.count(QStringLiteral("housing_offers")) == 0);

    const qint64 offer = fx.housing().offerFlat(second, flat, QStringLiteral("甲方需要无障碍住房"));
    CHECK(fx.housing().flat(flat).status == FlatStatus::Reserved);
    CHECK(fx.t.scalar(QStringLiteral("SELECT skipped_application_id FROM housing_offers WHERE id "
                                     "= %1")
                          .arg(offer))
              .toLongLong()
          == head);
    CHECK(fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'offer' AND "
                                     "after_json LIKE '%无障碍%'"))
              .toInt()
          == 1);
    const QList<ApplicationRow> q = fx.housing().queue(QStringLiteral("2室1厅"));
    REQUIRE(q.size() == 1);
    CHECK(q[0].application.id == head);
    CHECK(q[0].skipNote == QStringLiteral("甲方需要无障碍住房"));
}

TEST_CASE("The head of the queue is offered a flat without a reason", "[housing][queue]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 head = fx.apply(fx.addCadre(QStringLiteral("甲")), 10);
    fx.apply(fx.addCadre(QStringLiteral("乙")), 0);
    const qint64 offer = fx.housing().offerFlat(head, flat);
    CHECK(fx.t.scalar(QStringLiteral("SELECT skip_reason FROM housing_offers WHERE id = %1")
                          .arg(offer))
              .toString()
              .isEmpty());
    CHECK(fx.housing().application(head).status == ApplicationStatus::Offered);
}

TEST_CASE("A flat of another layout is not offered", "[housing][queue]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat(0, 6000, QStringLiteral("1室1厅"));
    const qint64 app = fx.apply(fx.addCadre(QStringLiteral("甲")));
    CHECK_THROWS_AS(fx.housing().offerFlat(app, flat), ValidationError);
}

TEST_CASE("A declined offer keeps the applicant's place by default", "[housing][queue]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 first = fx.apply(fx.addCadre(QStringLiteral("甲")), 0, QDate(2026, 9, 1));
    fx.apply(fx.addCadre(QStringLiteral("乙")), 0, QDate(2026, 10, 1));
    const qint64 offer = fx.housing().offerFlat(first, flat);
    CHECK_THROWS_AS(fx.housing().declineOffer(offer, QString()), ValidationError);
    fx.housing().declineOffer(offer, QStringLiteral("离单位太远"));
    CHECK(fx.housing().flat(flat).status == FlatStatus::Vacant);
    CHECK(fx.housing().queue(QStringLiteral("2室1厅")).first().application.id == first);
    CHECK(fx.t.scalar(QStringLiteral("SELECT keeps_place FROM housing_offers")).toInt() == 1);
}

TEST_CASE("By the setting, a declined offer sends the applicant to the back", "[housing][queue]")
{
    HousingFixture fx;
    fx.t.services().settings().setValue(
        QString::fromLatin1(SettingsService::HousingDeclineKeepsPlace), QStringLiteral("0"));
    const qint64 flat = fx.addFlat();
    const qint64 first = fx.apply(fx.addCadre(QStringLiteral("甲")), 0, QDate(2026, 9, 1));
    const qint64 second = fx.apply(fx.addCadre(QStringLiteral("乙")), 0, QDate(2026, 10, 1));
    fx.housing().declineOffer(fx.housing().offerFlat(first, flat), QStringLiteral("离单位太远"));
    const QList<ApplicationRow> q = fx.housing().queue(QStringLiteral("2室1厅"));
    REQUIRE(q.size() == 2);
    CHECK(q[0].application.id == second);
    CHECK(q[1].application.id == first);
    CHECK(q[1].application.queueDate == fx.housing().today());
    CHECK(fx.t.scalar(QStringLiteral("SELECT keeps_place FROM housing_offers")).toInt() == 0);
}
