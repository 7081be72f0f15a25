#include "widgets/vehicles/AlertsTab.h"

#include "core/Period.h"
#include "widgets/common/ErrorMessage.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

namespace {

QColor background(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Lapsed: return QColor(0xfb, 0xd5, 0xd5);
    case AlertSeverity::Expiring: return QColor(0xff, 0xec, 0xc2);
    case AlertSeverity::Notice: return QColor(0xdc, 0xea, 0xfb);
    }
    return {};
}

enum Column { Severity, Kind, Subject, DueDate, DaysLeft, Message, ColumnCount };

} // namespace

AlertsTab::AlertsTab(AlertService &alerts, std::function<void(qint64)> openVehicle, QWidget *parent)
    : Page(parent)
    , m_alerts(alerts)
    , m_openVehicle(std::move(openVehicle))
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("alertKind"));
    m_kind->addItem(tr("All alerts"), -1);
    for (AlertKind k : allAlertKinds())
        m_kind->addItem(displayName(k), int(k));
    m_summary = new QLabel(this);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_kind);
    bar->addWidget(label);
    bar->addWidget(m_kind);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Kind"), tr("Vehicle / driver"),
                                        tr("Due"), tr("Days left"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsTab::reload);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_rows.size() || !m_openVehicle)
            return;
        if (const qint64 id = m_rows.at(index.row()).vehicleId)
            m_openVehicle(id);
    });
    setTabOrder(m_kind, m_table);
    setFocusProxy(m_table);
}

void AlertsTab::activate()
{
    reload();
}

void AlertsTab::reload()
{
    const int kind = m_kind->currentData().toInt();
    runGuarded(this, tr("Alerts"), [&] {
        m_rows
            = m_alerts.alerts(kind < 0 ? std::nullopt : std::optional<AlertKind>(AlertKind(kind)));
    });
    m_table->setRowCount(int(m_rows.size()));
    int lapsed = 0, expiring = 0, notices = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const VehicleAlert &a = m_rows.at(r);
        lapsed += a.severity == AlertSeverity::Lapsed;
        expiring += a.severity == AlertSeverity::Expiring;
        notices += a.severity == AlertSeverity::Notice;
        const QStringList texts{displayName(a.severity), displayName(a.kind), a.subject,
                                toIsoDate(a.dueDate),
                                a.dueDate.isValid() ? QString::number(a.daysLeft) : QString(),
                                a.message};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setBackground(background(a.severity));
            item->setForeground(QBrush(QColor(0x20, 0x20, 0x20)));
            if (c == DaysLeft)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == Severity && a.severity == AlertSeverity::Lapsed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        tr("%1 lapsed, %2 due soon, %3 notices").arg(lapsed).arg(expiring).arg(notices));
    if (!m_rows.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
}

} // namespace ga
