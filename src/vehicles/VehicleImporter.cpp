#include "vehicles/VehicleImporter.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/csv/FieldParsers.h"
#include "vehicles/ImportSupport.h"
#include "vehicles/Plate.h"
#include "vehicles/VehicleService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace ga::vehicles {

namespace {

// Qt binds a null QString as SQL NULL; the TEXT columns here are NOT NULL DEFAULT ''.
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

const char *const kFieldKeys[] = {"plate",        "fleetNo",       "brand",     "model",
                                  "category",     "energyType",    "seats",     "licenceClass",
                                  "purchaseDate", "purchasePrice", "ownership", "lessor",
                                  "leaseCost",    "department",    "odometer",  "fuelCard",
                                  "notes"};
enum FieldIndex {
    Plate, FleetNo, Brand, Model, CategoryField, Energy, Seats, LicenceClass, PurchaseDate,
    PurchasePrice, OwnershipField, Lessor, LeaseCost, Department, Odometer, FuelCard, Notes,
    FieldCount
};

struct ImportedVehicle
{
    QString plate, fleetNo, brand, model, licenceClass, purchaseDate, lessor, fuelCard, notes;
    Category category = Category::General;
    EnergyType energy = EnergyType::Petrol;
    Ownership ownership = Ownership::Retained;
    int seats = 0;
    qint64 price = 0, leaseCost = 0, departmentId = 0, odometer = 0;
    QString departmentName;
};

Vehicle asVehicle(const ImportedVehicle &row)
{
    Vehicle v;
    v.plate = row.plate;
    v.fleetNo = row.fleetNo;
    v.brand = row.brand;
    v.model = row.model;
    v.category = row.category;
    v.energyType = row.energy;
    v.seats = row.seats;
    v.licenceClass = row.licenceClass;
    v.purchaseDate = QDate::fromString(row.purchaseDate, Qt::ISODate);
    v.purchasePrice = Money(row.price);
    v.ownership = row.ownership;
    v.lessor = row.lessor;
    v.leaseCostMonthly = Money(row.leaseCost);
    v.departmentId = row.departmentId;
    v.odometerKm = int(std::min<qint64>(row.odometer, std::numeric_limits<int>::max()));
    v.fuelCardNo = row.fuelCard;
    v.notes = row.notes;
    return v;
}

} // namespace

// The state of one import or preview: column positions, lookups of what is stored, the date
// format; reads one row into an ImportedVehicle or gives the reason it cannot.
class VehicleImporter::Run
{
public:
    Run(Database &db, const CsvDocument &doc, const ColumnMapping &mapping,
        const DateTimeFormat &format, const QDate &today)
        : m_format(format)
        , m_today(today)
    {
        for (int f = 0; f < FieldCount; ++f)
            m_columns[f] = mapping.columnOf(QLatin1String(kFieldKeys[f]), doc.headers());
        Query q(db, QStringLiteral("SELECT plate, fleet_no, fuel_card_no FROM vehicles"),
                tr("loading the vehicles"));
        q.exec();
        while (q.next()) {
            const QString plate = q.value(0).toString();
            m_plates.insert(normalisePlate(plate), 0);
            if (!q.value(1).isNull())
                m_fleetNos.insert(q.value(1).toString().trimmed().toUpper(), plate);
            if (!q.value(2).isNull())
                m_cards.insert(q.value(2).toString().trimmed(), plate);
        }
        Query d(db, QStringLiteral("SELECT id, code, name FROM departments WHERE status = 'active'"),
                tr("loading the departments"));
        d.exec();
        while (d.next()) {
            m_departmentCodes.insert(d.value(1).toString().trimmed().toUpper(), d.value(0).toLongLong());
            m_departmentNames.insert(d.value(2).toString().trimmed(), d.value(0).toLongLong());
        }
    }

    QString cell(const QStringList &row, int field) const
    {
        const int c = m_columns[field];
        return c >= 0 ? row.value(c).trimmed() : QString();
    }

    // Reads `row`; returns the reason it cannot be stored, or an empty string. `duplicate` is
    // set when the reason is that the plate is already known.
    QString read(const QStringList &row, qint64 line, ImportedVehicle &v, bool &duplicate)
    {
        duplicate = false;
        const QString rawPlate = cell(row, Plate);
        if (rawPlate.isEmpty())
            return tr("The plate is empty.");
        if (!isValidPlate(rawPlate))
            return tr("\"%1\" is not a valid plate.").arg(rawPlate);
        v.plate = normalisePlate(rawPlate);

        v.brand = cell(row, Brand);
        if (v.brand.isEmpty())
            return tr("The brand is empty.");
        v.model = cell(row, Model);

        const QString category = cell(row, CategoryField);
        const auto c = parseCategory(category);
        if (!c)
            return category.isEmpty() ? tr("The category is empty.")
                                      : tr("\"%1\" is not a vehicle category.").arg(category);
        v.category = *c;
        const QString energy = cell(row, Energy);
        const auto e = parseEnergyType(energy);
        if (!e)
            return energy.isEmpty() ? tr("The energy type is empty.")
                                    : tr("\"%1\" is not an energy type.").arg(energy);
        v.energy = *e;

        const QString seats = cell(row, Seats);
        const auto s = parseWholeNumber(seats);
        if (!s || *s <= 0 || *s > 100)
            return seats.isEmpty() ? tr("The number of seats is empty.")
                                   : tr("\"%1\" is not a number of seats.").arg(seats);
        v.seats = int(*s);

        v.licenceClass = cell(row, LicenceClass).toUpper();
        if (v.licenceClass.isEmpty())
            v.licenceClass = QStringLiteral("C1");
        else if (!licenceClasses().contains(v.licenceClass))
            return tr("\"%1\" is not a driving-licence class.").arg(v.licenceClass);

        const QString date = cell(row, PurchaseDate);
        v.purchaseDate.clear();
        if (!date.isEmpty()) {
            QDate d;
            if (!m_format.parse(date, &d))
                return tr("The purchase date \"%1\" is not a date in the format %2.")
                    .arg(date, m_format.name());
            v.purchaseDate = d.toString(Qt::ISODate);
        }
        const QString price = cell(row, PurchasePrice);
        v.price = 0;
        if (!price.isEmpty()) {
            const auto m = Money::parse(price);
            if (!m || m->fen() < 0)
                return tr("The purchase price \"%1\" is not an amount of money.").arg(price);
            v.price = m->fen();
        }
        const QString ownership = cell(row, OwnershipField);
        v.ownership = Ownership::Retained;
        if (!ownership.isEmpty()) {
            const auto o = parseOwnership(ownership);
            if (!o)
                return tr("\"%1\" is not an ownership (retained or leased).").arg(ownership);
            v.ownership = *o;
        }
        v.lessor = cell(row, Lessor);
        const QString lease = cell(row, LeaseCost);
        v.leaseCost = 0;
        if (!lease.isEmpty()) {
            const auto m = Money::parse(lease);
            if (!m || m->fen() < 0)
                return tr("The monthly lease \"%1\" is not an amount of money.").arg(lease);
            v.leaseCost = m->fen();
        }

        const QString department = cell(row, Department);
        v.departmentId = 0;
        if (!department.isEmpty()) {
            v.departmentId = m_departmentCodes.value(department.toUpper());
            if (v.departmentId == 0) {
                const QList<qint64> ids = m_departmentNames.values(department);
                if (ids.size() > 1)
                    return tr("More than one department is named \"%1\"; use its code.")
                        .arg(department);
                if (ids.isEmpty())
                    return tr("No active department has the code or name \"%1\".").arg(department);
                v.departmentId = ids.first();
            }
        }
        const QString odometer = cell(row, Odometer);
        v.odometer = 0;
        if (!odometer.isEmpty()) {
            const auto km = parseWholeNumber(odometer);
            if (!km || *km < 0)
                return tr("The odometer reading \"%1\" is not a number of kilometres.").arg(odometer);
            v.odometer = *km;
        }
        v.notes = cell(row, Notes);

        v.fleetNo = cleanCode(cell(row, FleetNo));
        v.fuelCard = cleanCode(cell(row, FuelCard));
        if (looksLikeScientificNotation(v.fuelCard))
            return tr("The fuel card number \"%1\" was shortened by Excel to scientific notation; "
                      "format the column as text and export again.")
                .arg(v.fuelCard);

        // The form's rules for the vehicle's own fields (a future purchase date, a leased
        // vehicle without its lessor, …).
        try {
            VehicleService::checkedFields(asVehicle(v), m_today);
        } catch (const ValidationError &e) {
            return e.message();
        }

        // Against the stored ledger and the rows before this one.
        const qint64 earlier = m_plates.value(v.plate, -1);
        if (earlier >= 0) {
            duplicate = true;
            return earlier == 0 ? tr("The plate %1 is already in the ledger (not overwritten).")
                                      .arg(v.plate)
                                : tr("The plate %1 already appears on line %2.").arg(v.plate).arg(earlier);
        }
        if (!v.fleetNo.isEmpty()) {
            const QString owner = m_fleetNos.value(v.fleetNo.toUpper());
            if (!owner.isEmpty())
                return tr("The fleet number %1 is already used by %2.").arg(v.fleetNo, owner);
        }
        if (!v.fuelCard.isEmpty()) {
            const QString owner = m_cards.value(v.fuelCard);
            if (!owner.isEmpty())
                return tr("The fuel card %1 is already issued to %2.").arg(v.fuelCard, owner);
        }
        Q_UNUSED(line)
        return {};
    }

    // Marks the row's plate, fleet number and card as taken.
    void remember(const ImportedVehicle &v, qint64 line)
    {
        m_plates.insert(v.plate, line);
        if (!v.fleetNo.isEmpty())
            m_fleetNos.insert(v.fleetNo.toUpper(), v.plate);
        if (!v.fuelCard.isEmpty())
            m_cards.insert(v.fuelCard, v.plate);
    }

    static QStringList display(const ImportedVehicle &v, const Run &run, const QStringList &row)
    {
        QStringList values;
        for (int f = 0; f < FieldCount; ++f) {
            switch (f) {
            case Plate: values << v.plate; break;
            case CategoryField: values << displayName(v.category); break;
            case Energy: values << displayName(v.energy); break;
            case Seats: values << QString::number(v.seats); break;
            case LicenceClass: values << v.licenceClass; break;
            case PurchaseDate: values << v.purchaseDate; break;
            case PurchasePrice: values << Money(v.price).toString(); break;
            case OwnershipField: values << displayName(v.ownership); break;
            case LeaseCost: values << Money(v.leaseCost).toString(); break;
            case Odometer: values << QLocale().toString(v.odometer); break;
            default: values << run.cell(row, f); break;
            }
        }
        return values;
    }

private:
    int m_columns[FieldCount];
    DateTimeFormat m_format;
    QDate m_today;
    QHash<QString, qint64> m_plates;      // normalised plate → 0 stored, or the file line
    QHash<QString, QString> m_fleetNos;   // upper-case fleet number → plate
    QHash<QString, QString> m_cards;      // card number → plate
    QHash<QString, qint64> m_departmentCodes;
    QMultiHash<QString, qint64> m_departmentNames;
};

VehicleImporter::VehicleImporter(Database &db, const Session &session, AuditLog &audit,
                                 const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
{}

QString VehicleImporter::title() const
{
    return tr("Vehicles");
}

QList<ImportField> VehicleImporter::fields() const
{
    return {
        plateField(true),
        fleetNoField(),
        {QStringLiteral("brand"), tr("Brand"), true,
         headerAliases({u"品牌", u"厂牌", u"brand", u"make"})},
        {QStringLiteral("model"), tr("Model"), false,
         headerAliases({u"型号", u"车型", u"规格型号", u"model"})},
        {QStringLiteral("category"), tr("Category"), true,
         headerAliases({u"类别", u"车辆类别", u"车辆类型", u"用途", u"编制类别", u"category"})},
        {QStringLiteral("energyType"), tr("Energy type"), true,
         headerAliases({u"能源类型", u"燃料类型", u"燃料种类", u"动力类型", u"energy",
                        u"energy type", u"fuel type"})},
        {QStringLiteral("seats"), tr("Seats"), true,
         headerAliases({u"座位数", u"座位", u"核定载客", u"seats"})},
        {QStringLiteral("licenceClass"), tr("Licence class"), false,
         headerAliases({u"准驾车型", u"驾照类型", u"licence class", u"license class"})},
        {QStringLiteral("purchaseDate"), tr("Purchase date"), false,
         headerAliases({u"购置日期", u"购买日期", u"购车日期", u"登记日期", u"purchase date"})},
        {QStringLiteral("purchasePrice"), tr("Purchase price"), false,
         headerAliases(
             {u"购置价格", u"购置价", u"购车价格", u"原值", u"价格", u"purchase price", u"price"})},
        {QStringLiteral("ownership"), tr("Ownership"), false,
         headerAliases({u"权属", u"产权", u"所有权", u"车辆来源", u"ownership"})},
        {QStringLiteral("lessor"), tr("Lessor"), false,
         headerAliases({u"出租方", u"租赁公司", u"lessor"})},
        {QStringLiteral("leaseCost"), tr("Monthly lease"), false,
         headerAliases({u"月租金", u"租金", u"lease cost", u"monthly lease"})},
        {QStringLiteral("department"), tr("Department"), false,
         headerAliases({u"使用单位", u"所属单位", u"所属部门", u"部门", u"单位", u"department"})},
        {QStringLiteral("odometer"), tr("Odometer (km)"), false,
         headerAliases({u"里程", u"行驶里程", u"里程数", u"odometer", u"mileage"})},
        {QStringLiteral("fuelCard"), tr("Fuel card"), false,
         headerAliases({u"油卡号", u"加油卡号", u"燃油卡号", u"油卡", u"fuel card", u"card"})},
        {QStringLiteral("notes"), tr("Notes"), false,
         headerAliases({u"备注", u"notes", u"remarks"})},
    };
}

QList<PreviewRow> VehicleImporter::preview(const CsvDocument &doc, const ColumnMapping &mapping,
                                           int maxRows)
{
    QList<PreviewRow> rows;
    DateTimeFormat format;
    QString formatProblem;
    try {
        format = resolveDateFormat(doc, mapping);
    } catch (const ValidationError &e) {
        formatProblem = e.message();
    }
    Run run(m_db, doc, mapping, format, m_clock.today());
    CsvReader reader = doc.dataReader();
    QStringList raw;
    while (rows.size() < maxRows && reader.readRow(raw)) {
        PreviewRow p;
        p.line = reader.rowLine();
        ImportedVehicle v;
        p.problem = run.read(raw, p.line, v, p.duplicate);
        if (p.problem.isEmpty())
            run.remember(v, p.line);
        p.values = p.problem.isEmpty() ? Run::display(v, run, raw) : QStringList();
        if (p.values.isEmpty())
            for (int f = 0; f < FieldCount; ++f)
                p.values << run.cell(raw, f);
        if (p.problem.isEmpty() && !formatProblem.isEmpty())
            p.problem = formatProblem;
        rows << p;
    }
    return rows;
}

ImportResult VehicleImporter::importDocument(const CsvDocument &doc, const ImportOptions &options)
{
    m_session.require(Permission::EditVehicles);
    QElapsedTimer timer;
    timer.start();
    const ColumnMapping &mapping = options.mapping;
    const QStringList missing = ColumnMapping::missingRequired(fields(), mapping, doc.headers());
    if (!missing.isEmpty())
        throw ValidationError(tr("The file has no column for: %1.")
                                  .arg(missing.join(QStringLiteral(", "))));
    const DateTimeFormat format = resolveDateFormat(doc, mapping);

    ImportResult result;
    result.fileName = doc.fileName();
    result.headers = doc.headers();

    Transaction tx(m_db);
    Run run(m_db, doc, mapping, format, m_clock.today());
    Query insert(m_db,
                 QStringLiteral(
                     "INSERT INTO vehicles (plate, fleet_no, brand, model, category, energy_type, "
                     "seats, licence_class, purchase_date, purchase_price, ownership, lessor, "
                     "lease_cost_monthly, department_id, odometer_km, fuel_card_no, notes, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 tr("importing vehicles"));
    const qint64 now = m_clock.nowSecs();
    const qint64 total = doc.approximateRowCount();
    CsvReader reader = doc.dataReader();
    QStringList raw;
    qint64 done = 0;
    while (reader.readRow(raw)) {
        ++done;
        if (options.progress && done % 256 == 0 && !options.progress(done, total)) {
            result.cancelled = true;
            result.accepted = 0;
            result.elapsedMs = timer.elapsed();
            return result; // the transaction rolls back
        }
        if (std::all_of(raw.cbegin(), raw.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        const qint64 line = reader.rowLine();
        ImportedVehicle v;
        bool duplicate = false;
        const QString problem = run.read(raw, line, v, duplicate);
        if (duplicate) {
            result.duplicates.append({line, problem, {}});
            continue;
        }
        if (!problem.isEmpty()) {
            if (options.strict)
                throw ValidationError(tr("Line %1: %2 Nothing was imported.").arg(line).arg(problem));
            result.rejected.append({line, problem, raw});
            continue;
        }
        QSqlQuery &q = insert.raw();
        q.bindValue(0, v.plate);
        q.bindValue(1, v.fleetNo.isEmpty() ? QVariant() : QVariant(v.fleetNo));
        q.bindValue(2, notNull(v.brand));
        q.bindValue(3, notNull(v.model));
        q.bindValue(4, key(v.category));
        q.bindValue(5, key(v.energy));
        q.bindValue(6, v.seats);
        q.bindValue(7, notNull(v.licenceClass));
        q.bindValue(8, v.purchaseDate.isEmpty() ? QVariant() : QVariant(v.purchaseDate));
        q.bindValue(9, v.price);
        q.bindValue(10, key(v.ownership));
        q.bindValue(11, notNull(v.lessor));
        q.bindValue(12, v.leaseCost);
        q.bindValue(13, v.departmentId > 0 ? QVariant(v.departmentId) : QVariant());
        q.bindValue(14, v.odometer);
        q.bindValue(15, v.fuelCard.isEmpty() ? QVariant() : QVariant(v.fuelCard));
        q.bindValue(16, notNull(v.notes));
        q.bindValue(17, now);
        try {
            insert.exec();
        } catch (const Error &e) {
            throw StorageError(tr("Line %1 could not be stored, so nothing was imported: %2")
                                   .arg(line)
                                   .arg(e.message()));
        }
        run.remember(v, line);
        ++result.accepted;
    }
    if (options.progress && !options.progress(total, total)) {
        result.cancelled = true;
        result.accepted = 0;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    QJsonObject after{{QStringLiteral("file"), doc.fileName()},
                      {QStringLiteral("accepted"), result.accepted},
                      {QStringLiteral("rejected"), qint64(result.rejected.size())},
                      {QStringLiteral("duplicates"), qint64(result.duplicates.size())},
                      {QStringLiteral("encoding"), doc.encoding()}};
    m_audit.record(QStringLiteral("import"), QStringLiteral("vehicles"), 0, {}, after);
    tx.commit();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace ga::vehicles
