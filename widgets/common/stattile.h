#pragma once

#include <QFrame>

class QLabel;

namespace partita {

// One headline number of the overview: a caption above a large value that turns orange or red when
// it signals trouble.
class StatTile : public QFrame {
    Q_OBJECT
public:
    enum class Severity { Normal, Warning, Critical };

    // valueObjectName names the value label, and with "Detail" appended the note under it, so tests
    // and screenshots can find them.
    StatTile(const QString &caption, const QString &valueObjectName, QWidget *parent = nullptr);

    void setValue(const QString &text, Severity severity = Severity::Normal);
    // A small note under the value; empty hides it.
    void setDetail(const QString &text);
    // Shows a dash: the value is not known.
    void clear();
    QString value() const;
    QString detail() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace partita
