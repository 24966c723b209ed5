#pragma once

#include "adminservice.h"

#include <QDialog>

#include <functional>

class QPushButton;
class QVBoxLayout;

namespace partita {

class RequestStatus;

// Base of the dialogs that send one administration request: a form (body()), a status line and an
// action button. While the request runs the button is disabled and the status says what is going on;
// the answer goes to the derived dialog, which shows the broker's error or closes.
class AdminRequestDialog : public QDialog {
    Q_OBJECT
protected:
    AdminRequestDialog(AdminService *admin, const QString &title, const QString &actionText, QWidget *parent);

    AdminService *admin() const { return m_admin; }
    QVBoxLayout *body() const { return m_body; }
    RequestStatus *status() const { return m_status; }
    QPushButton *actionButton() const { return m_action; }
    bool isBusy() const { return m_busy; }

    // The action button was clicked.
    virtual void act() = 0;
    // Whether the form is complete; asked by updateAction().
    virtual bool canAct() const { return true; }
    void updateAction();

    template <typename Result>
    void submit(const QString &busyText, std::function<Result(ClusterAdmin &)> work,
                std::function<void(const Result &)> done) {
        setBusy(busyText);
        m_admin->run<Result>(this, std::move(work), [this, done = std::move(done)](const Result &result) {
            m_busy = false;
            updateAction();
            done(result);
        });
    }

private:
    void setBusy(const QString &text);

    AdminService *m_admin;
    QVBoxLayout *m_body;
    RequestStatus *m_status;
    QPushButton *m_action;
    bool m_busy = false;
};

} // namespace partita
