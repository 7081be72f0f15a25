#pragma once

#include <QFrame>

class QLabel;

namespace ga {

// One figure of the dashboard: a big number, its caption and a detail line. Clicking it (or
// pressing Enter/Space while it has focus) asks to open the page behind the figure.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    KpiCard(const QString &caption, const QString &targetPage, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    void setAlert(bool alert);
    QString value() const;

signals:
    void activated(const QString &targetPage);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_target;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace ga
