#include "historystore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace partita {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 CompactionMinutes = 10;
// Events are few next to samples, but a flapping cluster must not fill the file with them.
constexpr int MaxEvents = 200000;

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("partita-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant offsetValue(qint64 offset) {
    return offset >= 0 ? QVariant(offset) : QVariant();
}
qint64 offsetOf(const QVariant &value) {
    return value.isNull() ? -1 : value.toLongLong();
}

// Qt binds a null QString as SQL NULL, which the NOT NULL columns refuse and `=` never matches.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QString seriesKey(int kind, const QString &group, const QString &topic, int partition) {
    return QStringLiteral("%1\n%2\n%3\n%4").arg(kind).arg(group, topic).arg(partition);
}

} // namespace

// Prepared once: a poll writes one row per group-partition, so parsing SQL per row would cost more
// than the write.
struct HistoryStore::Statements {
    QSqlQuery insertSample;
    QSqlQuery findSeries;
    QSqlQuery insertSeries;
    QSqlQuery insertEvent;
};

std::unique_ptr<HistoryStore> HistoryStore::open(const QString &path, const HistoryLimits &limits,
                                                 QString *error) {
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            *error = tr("The history cannot be kept: Qt's SQLite driver is missing.");
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
        if (!path.isEmpty() && !QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = tr("The history cannot be kept: the folder of %1 cannot be created.").arg(path);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
        db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
        if (!db.open()) {
            *error = tr("The history in %1 cannot be opened: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
    }
    std::unique_ptr<HistoryStore> store(new HistoryStore(connection, limits));
    if (!store->createSchema()) {
        *error = store->lastError();
        return nullptr;
    }
    return store;
}

HistoryStore::HistoryStore(const QString &connection, const HistoryLimits &limits)
    : m_connection(connection)
    , m_limits(limits) {}

HistoryStore::~HistoryStore() {
    // Qt SQL closes every connection as the application object goes; a store whose worker ends only
    // then has nothing left to write to. The application waits for its workers before that.
    if (m_statements && QSqlDatabase::database(m_connection, false).isOpen())
        flush();
    m_statements.reset(); // queries must be gone before their connection
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(const QString &what, const QString &detail) {
    m_lastError = tr("The history could not %1: %2").arg(what, detail);
    return false;
}

bool HistoryStore::createSchema() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // auto_vacuum only takes effect before the first table. A rollback journal, emptied after every
    // commit, rather than a write-ahead log: the one connection both reads and writes, and a log grew to
    // many times the data when its checkpoints fell behind a minute of polls.
    const QStringList statements{
        QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"),
        QStringLiteral("PRAGMA journal_mode = TRUNCATE"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA cache_size = -32768"),
        // Another window on the same cluster writes the same file: wait for it rather than fail.
        QStringLiteral("PRAGMA busy_timeout = 2000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
                       "grp TEXT NOT NULL, topic TEXT NOT NULL, part INTEGER NOT NULL, "
                       "UNIQUE (kind, grp, topic, part))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS samples (series INTEGER NOT NULL, time_ms INTEGER NOT NULL, "
            "committed INTEGER, low INTEGER, high INTEGER, PRIMARY KEY (series, time_ms)) "
            "WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS minutes (series INTEGER NOT NULL, minute INTEGER NOT NULL, "
            "time_ms INTEGER NOT NULL, committed INTEGER, low INTEGER, high INTEGER, "
            "PRIMARY KEY (series, minute)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS events (time_ms INTEGER NOT NULL, kind INTEGER NOT NULL, "
                       "subject TEXT NOT NULL, topic TEXT NOT NULL, part INTEGER NOT NULL, "
                       "from_value TEXT NOT NULL, to_value TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_by_time ON events (time_ms)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(tr("be set up"), query.lastError().text());
    }
    m_statements =
        std::make_unique<Statements>(Statements{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
    const bool prepared =
        m_statements->insertSample.prepare(
            QStringLiteral("INSERT OR REPLACE INTO samples (series, time_ms, committed, low, high) "
                           "VALUES (?, ?, ?, ?, ?)")) &&
        m_statements->findSeries.prepare(
            QStringLiteral("SELECT id FROM series WHERE kind = ? AND grp = ? AND topic = ? AND part = ?")) &&
        m_statements->insertSeries.prepare(
            QStringLiteral("INSERT INTO series (kind, grp, topic, part) VALUES (?, ?, ?, ?)")) &&
        m_statements->insertEvent.prepare(
            QStringLiteral("INSERT INTO events (time_ms, kind, subject, topic, part, from_value, to_value) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    return prepared || fail(tr("be set up"), db.lastError().text());
}

template <typename Write> bool HistoryStore::inTransaction(const QString &what, Write write) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(what, db.lastError().text());
    if (!write()) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(what, db.lastError().text());
}

qint64 HistoryStore::seriesId(SeriesKind kind, const QString &group, const QString &topic, int partition) {
    const QString key = seriesKey(int(kind), group, topic, partition);
    const auto known = m_seriesIds.constFind(key);
    if (known != m_seriesIds.cend())
        return *known;
    for (QSqlQuery *query : {&m_statements->findSeries, &m_statements->insertSeries}) {
        query->bindValue(0, int(kind));
        query->bindValue(1, notNull(group));
        query->bindValue(2, notNull(topic));
        query->bindValue(3, partition);
    }
    qint64 id = -1;
    if (m_statements->findSeries.exec() && m_statements->findSeries.next())
        id = m_statements->findSeries.value(0).toLongLong();
    else if (m_statements->insertSeries.exec())
        id = m_statements->insertSeries.lastInsertId().toLongLong();
    m_statements->findSeries.finish();
    if (id >= 0)
        m_seriesIds.insert(key, id);
    return id;
}

bool HistoryStore::insertSample(qint64 series, qint64 timeMs, qint64 committed, qint64 low, qint64 high) {
    QSqlQuery &insert = m_statements->insertSample;
    insert.bindValue(0, series);
    insert.bindValue(1, timeMs);
    insert.bindValue(2, offsetValue(committed));
    insert.bindValue(3, offsetValue(low));
    insert.bindValue(4, offsetValue(high));
    return insert.exec();
}

bool HistoryStore::recordLag(qint64 timeMs, const std::vector<LagReading> &readings) {
    for (const LagReading &reading : readings)
        m_pending.push_back({SeriesKind::Lag, reading.key, reading.sample});
    return flushIfDue(timeMs);
}

bool HistoryStore::recordEnds(qint64 timeMs, const std::vector<EndReading> &ends) {
    for (const EndReading &end : ends)
        m_pending.push_back(
            {SeriesKind::Ends, {QString(), end.topic, end.partition}, {timeMs, -1, end.low, end.high}});
    return flushIfDue(timeMs);
}

// Polls are written a minute at a time: each poll adds one sample to every series, and the samples are
// keyed by series, so writing polls one by one would rewrite a page per series each time.
bool HistoryStore::flushIfDue(qint64 timeMs) {
    if (m_pendingSinceMs < 0)
        m_pendingSinceMs = timeMs;
    return timeMs - m_pendingSinceMs < MinuteMs || flush();
}

bool HistoryStore::flush() {
    if (m_pending.empty())
        return true;
    const QString what = tr("record the lag and offsets");
    const bool written = inTransaction(what, [&] {
        std::vector<std::pair<qint64, const LagSample *>> rows;
        rows.reserve(m_pending.size());
        for (const PendingSample &pending : m_pending) {
            const qint64 series =
                seriesId(pending.kind, pending.key.group, pending.key.topic, pending.key.partition);
            if (series < 0)
                return fail(what, m_statements->insertSeries.lastError().text());
            rows.emplace_back(series, &pending.sample);
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second->timeMs < b.second->timeMs;
        });
        for (const auto &[series, sample] : rows) {
            if (!insertSample(series, sample->timeMs, sample->committed, sample->low, sample->high))
                return fail(what, m_statements->insertSample.lastError().text());
        }
        return true;
    });
    m_pending.clear();
    m_pendingSinceMs = -1;
    if (sizeBytes() > m_limits.maxBytes)
        enforceBound();
    return written;
}

bool HistoryStore::recordEvents(const ClusterEvents &events) {
    if (events.empty())
        return true;
    const QString what = tr("record the events");
    return inTransaction(what, [&] {
        QSqlQuery &insert = m_statements->insertEvent;
        for (const ClusterEvent &event : events) {
            insert.bindValue(0, event.timeMs);
            insert.bindValue(1, int(event.kind));
            insert.bindValue(2, notNull(event.subject));
            insert.bindValue(3, notNull(event.topic));
            insert.bindValue(4, event.partition);
            insert.bindValue(5, notNull(event.from));
            insert.bindValue(6, notNull(event.to));
            if (!insert.exec())
                return fail(what, insert.lastError().text());
        }
        return true;
    });
}

// Samples are keyed by series first, so that charting a group reads ranges of the key. Trimming by time
// is therefore done series by series, each a range of the key too, rather than by a statement over the
// whole table, which would scan it, or a second index by time, which would cost a third more space.
bool HistoryStore::perSeries(const QString &sql, qint64 bound) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    QSqlQuery statement(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM series")) || !statement.prepare(sql))
        return false;
    while (ids.next()) {
        statement.bindValue(0, ids.value(0));
        statement.bindValue(1, bound);
        if (!statement.exec())
            return false;
    }
    return true;
}

void HistoryStore::compact(qint64 nowMs) {
    // Ten minutes at a time, for the same reason polls are written a minute at a time.
    const qint64 period = nowMs / (CompactionMinutes * MinuteMs);
    if (period == m_lastCompaction)
        return;
    m_lastCompaction = period;
    flush();
    const qint64 fullCutoff = nowMs - m_limits.fullResolutionMs;
    const qint64 minuteCutoff = (nowMs - m_limits.minuteRetentionMs) / MinuteMs;
    const QString what = tr("downsample");
    inTransaction(what, [&] {
        QSqlQuery events(QSqlDatabase::database(m_connection, false));
        // In time order, so that the last poll of each minute is the one that stays.
        const bool done =
            perSeries(
                QStringLiteral("INSERT OR REPLACE INTO minutes (series, minute, time_ms, committed, low, "
                               "high) SELECT series, time_ms / 60000, time_ms, committed, low, high "
                               "FROM samples WHERE series = ? AND time_ms < ? ORDER BY time_ms"),
                fullCutoff) &&
            perSeries(QStringLiteral("DELETE FROM samples WHERE series = ? AND time_ms < ?"), fullCutoff) &&
            perSeries(QStringLiteral("DELETE FROM minutes WHERE series = ? AND minute < ?"), minuteCutoff) &&
            events.prepare(
                QStringLiteral("DELETE FROM events WHERE time_ms < ? OR rowid <= (SELECT MAX(rowid) "
                               "FROM events) - ?"));
        if (!done)
            return fail(what, QSqlDatabase::database(m_connection, false).lastError().text());
        events.addBindValue(minuteCutoff * MinuteMs);
        events.addBindValue(MaxEvents);
        return events.exec() || fail(what, events.lastError().text());
    });
    enforceBound();
}

// The oldest data goes first, an hour of minutes (or five minutes of polls) at a time, until the data
// fits; the freed pages are then handed back to the file system.
void HistoryStore::enforceBound() {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // The oldest of each series' first rows: one look-up per series, not a scan.
    const auto oldest = [&query](const QString &table, const QString &column) -> qint64 {
        const bool found =
            query.exec(
                QStringLiteral("SELECT MIN((SELECT %2 FROM %1 WHERE series = s.id ORDER BY %2 LIMIT 1)) "
                               "FROM series s")
                    .arg(table, column)) &&
            query.next() && !query.value(0).isNull();
        return found ? query.value(0).toLongLong() : -1;
    };
    bool deleted = false;
    while (sizeBytes() > m_limits.maxBytes) {
        const qint64 minute = oldest(QStringLiteral("minutes"), QStringLiteral("minute"));
        const qint64 time = minute < 0 ? oldest(QStringLiteral("samples"), QStringLiteral("time_ms")) : -1;
        if (minute < 0 && time < 0)
            break; // nothing left to give: the events and series alone outgrow the bound
        const bool removed = inTransaction(tr("keep within its bound"), [&] {
            return minute >= 0
                       ? perSeries(QStringLiteral("DELETE FROM minutes WHERE series = ? AND minute < ?"),
                                   minute + 60)
                       : perSeries(QStringLiteral("DELETE FROM samples WHERE series = ? AND time_ms < ?"),
                                   time + 5 * MinuteMs);
        });
        if (!removed)
            break;
        deleted = true;
    }
    if (deleted)
        query.exec(QStringLiteral("PRAGMA incremental_vacuum"));
}

qint64 HistoryStore::sizeBytes() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    auto pragma = [&query](const QString &name) {
        return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toLongLong() : 0;
    };
    return (pragma(QStringLiteral("page_count")) - pragma(QStringLiteral("freelist_count"))) *
           pragma(QStringLiteral("page_size"));
}

std::map<std::pair<QString, int>, std::vector<LagSample>>
HistoryStore::samplesOf(SeriesKind kind, const QString &group, const QString &topic, qint64 fromMs,
                        qint64 toMs) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    const QString topicFilter = topic.isEmpty() ? QString() : QStringLiteral(" AND s.topic = ?");
    query.prepare(
        QStringLiteral("SELECT s.topic, s.part, x.time_ms, x.committed, x.low, x.high FROM series s "
                       "JOIN (SELECT series, time_ms, committed, low, high FROM minutes UNION ALL "
                       "SELECT series, time_ms, committed, low, high FROM samples) x "
                       "ON x.series = s.id WHERE s.kind = ? AND s.grp = ?%1 "
                       "AND x.time_ms BETWEEN ? AND ? ORDER BY s.topic, s.part, x.time_ms")
            .arg(topicFilter));
    query.addBindValue(int(kind));
    query.addBindValue(notNull(group));
    if (!topic.isEmpty())
        query.addBindValue(topic);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    std::map<std::pair<QString, int>, std::vector<LagSample>> result;
    if (!query.exec())
        return result; // the history cannot be read: the chart shows nothing rather than a part
    std::vector<LagSample> *line = nullptr;
    std::pair<QString, int> lineKey;
    while (query.next()) {
        std::pair<QString, int> key{query.value(0).toString(), query.value(1).toInt()};
        if (!line || key != lineKey) {
            lineKey = key;
            line = &result[std::move(key)];
        }
        line->push_back({query.value(2).toLongLong(), offsetOf(query.value(3)), offsetOf(query.value(4)),
                         offsetOf(query.value(5))});
    }
    // Polls not written yet are newer than every written one.
    for (const PendingSample &pending : m_pending) {
        if (pending.kind == kind && pending.key.group == group &&
            (topic.isEmpty() || pending.key.topic == topic) && pending.sample.timeMs >= fromMs &&
            pending.sample.timeMs <= toMs)
            result[{pending.key.topic, pending.key.partition}].push_back(pending.sample);
    }
    return result;
}

std::map<LagKey, std::vector<LagSample>> HistoryStore::lagSamples(const QString &group, qint64 fromMs,
                                                                  qint64 toMs) const {
    std::map<LagKey, std::vector<LagSample>> result;
    for (auto &[key, samples] : samplesOf(SeriesKind::Lag, group, QString(), fromMs, toMs))
        result.emplace(LagKey{group, key.first, key.second}, std::move(samples));
    return result;
}

std::map<int, std::vector<LagSample>> HistoryStore::endSamples(const QString &topic, qint64 fromMs,
                                                               qint64 toMs) const {
    std::map<int, std::vector<LagSample>> result;
    for (auto &[key, samples] : samplesOf(SeriesKind::Ends, QString(), topic, fromMs, toMs))
        result.emplace(key.second, std::move(samples));
    return result;
}

ClusterEvents HistoryStore::events(qint64 fromMs, qint64 toMs, int limit) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT time_ms, kind, subject, topic, part, from_value, to_value FROM events "
                       "WHERE time_ms BETWEEN ? AND ? ORDER BY time_ms DESC, rowid DESC LIMIT ?"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(limit);
    ClusterEvents result;
    if (!query.exec())
        return result;
    while (query.next()) {
        const int kind = query.value(1).toInt();
        if (kind < 0 || kind >= ClusterEvent::KindCount)
            continue; // written by a newer Partita
        result.push_back({query.value(0).toLongLong(), ClusterEvent::Kind(kind), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toInt(), query.value(5).toString(),
                          query.value(6).toString()});
    }
    std::reverse(result.begin(), result.end());
    return result;
}

} // namespace partita
