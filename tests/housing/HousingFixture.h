#pragma once

#include "../org/OrgTestSupport.h"
#include "core/Period.h"
#include "housing/HousingService.h"
#include "support/TempDatabase.h"

#include <QDate>

namespace ga::test {

// A small housing register over SmallOrg: one complex managed by the agency at ¥10/m² a month
// and one by the bureau, helpers for flats, transferred cadres and signed tenancies. The session
// is the system user (an admin) until a test logs in as someone else.
struct HousingFixture
{
    TempDatabase t;
    SmallOrg org;
    qint64 complex = 0;         // the agency's, ¥10.00 per m² per month
    qint64 bureauComplex = 0;   // the bureau's, ¥12.00
    int staffCount = 0;
    int flatCount = 0;

    HousingFixture()
    {
        org = addSmallOrg(t);
        complex = addComplex(QStringLiteral("C1"), QStringLiteral("阅海小区"), org.agency, 1000);
        bureauComplex
            = addComplex(QStringLiteral("C2"), QStringLiteral("丽景小区"), org.bureau, 1200);
    }

    housing::HousingService &housing() { return t.services().housing(); }

    qint64 addComplex(const QString &code, const QString &name, qint64 department, qint64 rate)
    {
        housing::Complex c;
        c.code = code;
        c.name = name;
        c.address = QStringLiteral("银川市金凤区");
        c.departmentId = department;
        c.rentRate = rate;
        return housing().createComplex(c);
    }

    housing::Flat makeFlat(qint64 complexId, const QString &number, qint64 area = 8000,
                           const QString &layout = QStringLiteral("2室1厅"))
    {
        housing::Flat f;
        f.complexId = complexId;
        f.building = QStringLiteral("3");
        f.unit = QStringLiteral("2");
        f.floor = 5;
        f.number = number;
        f.area = area;
        f.layout = layout;
        f.waterMeter = QStringLiteral("W-") + number;
        housing::InventoryItem bed;
        bed.name = QStringLiteral("床");
        bed.quantity = 2;
        bed.value = 150000;
        housing::InventoryItem fridge;
        fridge.name = QStringLiteral("冰箱");
        fridge.value = 300000;
        f.items = {bed, fridge};
        return f;
    }

    qint64 addFlat(qint64 complexId = 0, qint64 area = 8000,
                   const QString &layout = QStringLiteral("2室1厅"))
    {
        ++flatCount;
        return housing().createFlat(
            makeFlat(complexId > 0 ? complexId : complex, QString::number(500 + flatCount), area,
                     layout));
    }

    qint64 addCadre(const QString &name, qint64 department = 0, bool transferred = true)
    {
        ++staffCount;
        return addStaff(t, QStringLiteral("H%1").arg(staffCount, 4, 10, QLatin1Char('0')), name,
                        department > 0 ? department : org.office, "county.below_section",
                        transferred);
    }

    qint64 apply(qint64 staffId, int points = 0, const QDate &on = QDate(2026, 10, 1),
                 const QString &layout = QStringLiteral("2室1厅"))
    {
        housing::Application a;
        a.staffId = staffId;
        a.appliedOn = on;
        a.householdSize = 3;
        a.layout = layout;
        a.priorityPoints = points;
        a.priorityGrounds = points > 0 ? QStringLiteral("夫妻两地分居") : QString();
        a.noLocalHousing = true;
        return housing().fileApplication(a);
    }

    // A tenancy of a new cadre in flat `flatId` from `start` (through application, offer and
    // acceptance).
    qint64 sign(qint64 flatId, const QDate &start, Money deposit = Money(),
                const QDate &end = QDate(), const QString &name = QString())
    {
        const qint64 staff
            = addCadre(name.isEmpty() ? QStringLiteral("租户%1").arg(staffCount + 1) : name);
        const housing::Flat f = housing().flat(flatId);
        const qint64 app = apply(staff, 0, QDate(2026, 1, 1), f.layout);
        // Whoever heads the queue, this is the applicant for this flat.
        const qint64 offer = housing().offerFlat(app, flatId, QStringLiteral("测试"));
        return housing().acceptOffer(offer, start, end, deposit);
    }
};

} // namespace ga::test
