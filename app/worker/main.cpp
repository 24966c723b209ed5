// partita-worker <role>: a helper process that the GUI supervises (WorkerProcess). It reads frames
// from stdin and writes frames to stdout, nothing else; logs go to stderr. It ends when stdin closes.

#include "groupworker.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[]) {
    // Installs the translations, so that the messages it answers with read as the window's own.
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "partita-worker", "usage: partita-worker ROLE\nStarted by Partita, which talks to it "
                                  "over stdin and stdout; not meant to be run by hand.")));
        return 2;
    }
    // Frames go to a private copy of stdout; anything else that writes to stdout (a library printing
    // by mistake) lands on stderr, where it cannot break the framing.
    const int frames = dup(STDOUT_FILENO);
    if (frames < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("partita-worker: dup");
        return 3;
    }
    QFile in;
    QFile out;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !out.open(frames, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        std::fprintf(stderr, "partita-worker: cannot open stdin or stdout\n");
        return 3;
    }
    return partita::runGroupWorker(QString::fromLocal8Bit(argv[1]), &in, &out);
}
