#include "readprogressmodel.h"

#include "displayformat.h"

namespace partita {

namespace {

// Ordered so that sorting the state column puts the partitions that need a look together.
enum class ReadState { Reading, WaitingForTransaction, AtEnd, Done, Problem };

ReadState stateOf(const PartitionProgress &progress) {
    if (!progress.problem.isEmpty())
        return ReadState::Problem;
    if (progress.done)
        return ReadState::Done;
    if (progress.waitsForTransaction())
        return ReadState::WaitingForTransaction;
    return progress.atEnd ? ReadState::AtEnd : ReadState::Reading;
}

QString stateText(const PartitionProgress &progress) {
    switch (stateOf(progress)) {
    case ReadState::Reading:
        return ReadProgressModel::tr("reading");
    case ReadState::WaitingForTransaction:
        return ReadProgressModel::tr("waiting for an open transaction");
    case ReadState::AtEnd:
        return ReadProgressModel::tr("at the end, following");
    case ReadState::Done:
        return ReadProgressModel::tr("done");
    case ReadState::Problem:
        return progress.problem;
    }
    return {};
}

} // namespace

ReadProgressModel::ReadProgressModel(QObject *parent)
    : TableModel(ColumnCount, SortRole, parent) {
    using Row = PartitionProgress;
    column(PartitionColumn)
        .header(tr("Partition"))
        .value([](const Row &progress) { return progress.partition; }, ValueText::Plain)
        .numeric();
    column(LeaderColumn)
        .header(tr("Leader"), tr("The broker read from, as metadata named it when reading started"))
        .value([](const Row &progress) { return progress.leader; }, ValueText::Plain)
        .numeric();
    column(ReadColumn)
        .header(tr("Read"), tr("Messages read from the partition"))
        .value([](const Row &progress) { return progress.delivered; })
        .numeric();
    column(PositionColumn)
        .header(tr("Position"), tr("The next offset to read"))
        .value([](const Row &progress) { return progress.position; })
        .numeric();
    column(EndColumn)
        .header(tr("End"), tr("The partition's end when reading started: the last stable offset under "
                              "read_committed"))
        .value([](const Row &progress) { return progress.end; })
        .numeric();
    column(ProgressColumn)
        .header(tr("Progress"), tr("Offsets read of those from the start to the end"))
        .value([](const Row &progress) { return progress.readFraction(); })
        .text([](const Row &progress) {
            const double fraction = progress.readFraction();
            return fraction < 0 ? formatCount(-1) : tr("%1%").arg(int(fraction * 100));
        })
        .numeric();
    column(StateColumn)
        .header(tr("State"))
        .value([](const Row &progress) { return int(stateOf(progress)); })
        .text(stateText)
        .toolTip(&MessageReader::partitionNote);
    rowRole(FractionRole, [](const Row &progress) { return progress.readFraction(); });
    rowRole(ProblemRole, [](const Row &progress) { return !progress.problem.isEmpty(); });
}

void ReadProgressModel::setProgress(const QList<PartitionProgress> &progress) {
    mergeRows(progress, [](const PartitionProgress &partition) { return partition.partition; });
}

} // namespace partita
