#include <catch2/catch.hpp>

#include "app/DemoData.h"
#include "app/MainWindow.h"
#include "support/TempDatabase.h"
#include "vehicles/DispatchService.h"
#include "widgets/common/WindowActivation.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/DispatchActions.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/TripDialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ga;
using namespace ga::vehicles;

// Issue 15, "the phone call at the dispatch desk": a liaison phones, the demo manager takes the
// request, approves and assigns it and prints its dispatch order, keyboard only, in at most 15
// chords beside the words typed. Driven by key events on the main window's real widgets; the
// modal dialogs on the way (the request form, the print preview, the print dialog) are reached
// from the event loops they run.

namespace {

// Runs steps one after another as each one's window is there, from whatever event loop is
// running (a modal dialog's own included).
class KeyScript
{
public:
    struct Step
    {
        const char *what;
        std::function<bool()> ready;
        std::function<void()> act;
    };

    explicit KeyScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
    }

    void start() { poll(); }
    bool finished() const { return m_next >= m_steps.size(); }
    QString waitingFor() const
    {
        return finished() ? QString() : QString::fromLatin1(m_steps.at(m_next).what);
    }

    int chords = 0;

    // One chord (a key with its modifiers) to the widget with the keyboard focus.
    void chord(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++chords;
        QTest::keyClick(target(), Qt::Key(key), modifiers);
    }
    // Words typed (not counted as chords).
    void type(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(target(), c.toLatin1());
            else // Chinese, as an input method delivers it
                QTest::sendKeyEvent(QTest::Click, target(), Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

private:
    // Where a key goes: the focus widget of the modal dialog on top, else of the active window.
    static QWidget *target()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal->focusWidget() ? modal->focusWidget() : modal;
        if (QWidget *w = QApplication::focusWidget())
            return w;
        return QApplication::activeWindow();
    }

    void poll()
    {
        if (finished())
            return;
        const Step &step = m_steps.at(m_next);
        if (!step.ready()) {
            QTimer::singleShot(10, [this] { poll(); });
            return;
        }
        ++m_next;
        // The next step is looked for from the event loop the action may open.
        QTimer::singleShot(10, [this] { poll(); });
        step.act();
    }

    QList<Step> m_steps;
    qsizetype m_next = 0;
};

// The modal dialog of type T once it has the keyboard.
template<typename T> T *activeModal()
{
    auto *w = qobject_cast<T *>(QApplication::activeModalWidget());
    return w && w->isActiveWindow() ? w : nullptr;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("The phone call at the dispatch desk: request, approve, assign and print, keyboard "
          "only, in at most 15 chords",
          "[app][gui][dispatch]")
{
    test::TempDatabase t;
    demo::GenerateOptions options;
    options.referenceDate = QDate(2026, 11, 28);
    demo::generate(t.services(), options);
    t.session().setUser(demo::userContext(t.services(), QString::fromLatin1(demo::kManagerUser)));
    QTemporaryDir orders;
    REQUIRE(orders.isValid());

    // As the program's start-up does: a closed dialog gives the keyboard back to its window
    // (without it, neither offscreen nor a bare X server does).
    WindowActivation::install();
    MainWindow window(t.services());
    window.resize(1400, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *board = window.findChild<DispatchBoard *>();
    REQUIRE(board != nullptr);
    board->actions()->setOrderFolder(orders.path());
    const int pendingBefore
        = int(t.scalar(QStringLiteral(
                           "SELECT count(*) FROM trips WHERE status IN ('requested', 'approved')"))
                  .toInt());

    KeyScript *script = nullptr;
    KeyScript s({
        {"the main window", [&] { return window.isActiveWindow(); },
         [&] { script->chord(Qt::Key_2, Qt::ControlModifier); }},
        {"the dispatch board",
         [&] { return board->isVisible() && board->pendingList()->hasFocus(); },
         [&] { script->chord(Qt::Key_N, Qt::ControlModifier); }},
        {"the request form", [] { return activeModal<TripRequestDialog>() != nullptr; },
         [&] {
             script->type(QStringLiteral("教育局"));
             script->chord(Qt::Key_Tab); // the department found, its liaison filled in
             script->chord(Qt::Key_Tab); // the phone, filled in
             script->chord(Qt::Key_Tab);
             script->type(QStringLiteral("调研义务教育均衡发展"));
             script->chord(Qt::Key_Tab);
             script->type(QStringLiteral("银川市第一中学"));
             script->chord(Qt::Key_Tab);
             script->type(QStringLiteral("14:30"));
             script->chord(Qt::Key_Tab);
             script->type(QStringLiteral("+2h"));
             script->chord(Qt::Key_Return);
         }},
        {"the new request, selected",
         [&] {
             return !QApplication::activeModalWidget() && board->pendingList()->hasFocus()
                 && board->actions()->trip()
                 && board->actions()->trip()->status == TripStatus::Requested
                 && board->actions()->trip()->destination == QStringLiteral("银川市第一中学");
         },
         [&] { script->chord(Qt::Key_Return, Qt::ControlModifier); }},
        {"the approve-and-assign dialog",
         [&] {
             auto *d = board->findChild<AssignDialog *>();
             return d && d->isVisible() && d->isActiveWindow();
         },
         [&] {
             auto *d = board->findChild<AssignDialog *>();
             CHECK(d->approvesToo());
             script->chord(Qt::Key_P, Qt::AltModifier); // 审批、派车并打印
         }},
        {"the print preview", [] { return activeModal<QPrintPreviewDialog>() != nullptr; },
         [&] { script->chord(Qt::Key_P, Qt::ControlModifier); }},
        {"the print dialog", [] { return activeModal<QPrintDialog>() != nullptr; },
         [&] { script->chord(Qt::Key_Return); }},
        {"the dispatch order's PDF",
         [&] {
             return !QApplication::activeModalWidget()
                 && !QDir(orders.path()).entryList({QStringLiteral("*.pdf")}).isEmpty();
         },
         [] {}},
    });
    script = &s;
    QElapsedTimer timer;
    timer.start();
    // Should a step never come, the dialogs still open are closed so that the test fails
    // instead of waiting in their event loops.
    bool gaveUp = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        gaveUp = true;
        while (QWidget *modal = QApplication::activeModalWidget())
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
            else
                break;
    });
    watchdog.start(45000);
    s.start();
    const bool done
        = QTest::qWaitFor([&] { return s.finished() || gaveUp; }, 50000) && s.finished();
    INFO("waiting for " << s.waitingFor().toStdString());
    if (!done) {
        QWidget *modal = QApplication::activeModalWidget();
        QWidget *focus = QApplication::focusWidget();
        QString state = QStringLiteral("modal %1, focus %2")
                            .arg(modal ? QString::fromLatin1(modal->metaObject()->className())
                                       : QStringLiteral("none"),
                                 focus ? focus->objectName() : QStringLiteral("none"));
        if (modal)
            for (auto *l : modal->findChildren<QLabel *>())
                if (l->isVisible() && !l->text().isEmpty())
                    state += QStringLiteral("; ") + l->text();
        if (board->actions()->trip())
            state += QStringLiteral("; trip ") + board->actions()->trip()->requestNo;
        INFO(state.toStdString());
        CHECK(false);
    }
    REQUIRE(done);
    const qint64 ms = timer.elapsed();

    CHECK(s.chords <= 15);
    CHECK(s.chords == 13);
    CHECK(ms < 30000);

    // The trip: approved and assigned as one call, recorded as both, and still the current one.
    REQUIRE(board->actions()->trip().has_value());
    const Trip trip = t.services().dispatch().trip(board->actions()->tripId());
    CHECK(trip.status == TripStatus::Assigned);
    CHECK(trip.isApproved());
    // The department found by part of its name, its registered liaison and phone filled in.
    CHECK(trip.departmentName == QStringLiteral("银川市教育局"));
    const QList<Liaison> registered = t.services().dispatch().liaisons(trip.departmentId);
    REQUIRE_FALSE(registered.isEmpty());
    CHECK(trip.liaison == registered.first().name);
    CHECK(trip.liaisonPhone == registered.first().phone);
    CHECK(trip.purpose == QStringLiteral("调研义务教育均衡发展"));
    CHECK(trip.planned.end - trip.planned.start == 2 * 3600);
    CHECK(QDateTime::fromSecsSinceEpoch(trip.planned.start).toLocalTime().time() == QTime(14, 30));
    CHECK(t.scalar(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM "
                                  "audit_log WHERE entity = 'trip' AND entity_id = %1 ORDER BY id)")
                       .arg(trip.id))
              .toString()
          == QStringLiteral("request,approve,assign"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status IN ('requested', "
                                  "'approved')"))
              .toInt()
          == pendingBefore);

    // The printed order holds the request number and the plate.
    const QStringList pdfs = QDir(orders.path()).entryList({QStringLiteral("*.pdf")});
    REQUIRE(pdfs.size() == 1);
    CHECK(pdfs.first().contains(trip.requestNo));
    const QString text = pdfText(QDir(orders.path()).filePath(pdfs.first()));
    CHECK(text.contains(trip.requestNo));
    CHECK(text.contains(trip.plate));
}
