#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QChartView;
class QWidget;

namespace ga {

// The charts the statistics pages share (Qt Charts): a view with no animation and the legend on
// the right, and a bar chart of one series with its values over the bars.
QChartView *makeChartView(QWidget *parent);
void showBars(QChartView *view, const QString &title, const QString &setName,
              const QStringList &labels, const QList<double> &values);

} // namespace ga
