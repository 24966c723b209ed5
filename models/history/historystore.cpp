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
    // auto_vacuum only takes effect before the first table; WAL lets a reader chart while polls write.
    const QStringList statements{
        QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
                       "grp TEXT NOT NULL, topic TEXT NOT NULL, part INTEGER NOT NULL, "
                       "UNIQUE (kind, grp, topic, part))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS samples (series INTEGER NOT NULL, time_ms INTEGER NOT NULL, "
            "committed INTEGER, low INTEGER, high INTEGER, PRIMARY KEY (series, time_ms)) "
            "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS samples_by_time ON samples (time_ms)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS minutes (series INTEGER NOT NULL, minute INTEGER NOT NULL, "
            "time_ms INTEGER NOT NULL, committed INTEGER, low INTEGER, high INTEGER, "
            "PRIMARY KEY (series, minute)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS minutes_by_minute ON minutes (minute)"),
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
    return series >= 0 && insert.exec();
}

bool HistoryStore::recordLag(qint64 timeMs, const std::vector<LagReading> &readings) {
    const QString what = tr("record the lag");
    return inTransaction(what, [&] {
        for (const LagReading &reading : readings) {
            const qint64 series =
                seriesId(SeriesKind::Lag, reading.key.group, reading.key.topic, reading.key.partition);
            const LagSample &sample = reading.sample;
            if (!insertSample(series, timeMs, sample.committed, sample.low, sample.high))
                return fail(what, m_statements->insertSample.lastError().text());
        }
        return true;
    });
}

bool HistoryStore::recordEnds(qint64 timeMs, const std::vector<EndReading> &ends) {
    const QString what = tr("record the offsets");
    return inTransaction(what, [&] {
        for (const EndReading &end : ends) {
            const qint64 series = seriesId(SeriesKind::Ends, QString(), end.topic, end.partition);
            if (!insertSample(series, timeMs, -1, end.low, end.high))
                return fail(what, m_statements->insertSample.lastError().text());
        }
        return true;
    });
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

void HistoryStore::compact(qint64 nowMs) {
    const qint64 minute = nowMs / MinuteMs;
    if (minute == m_lastCompactMinute)
        return;
    m_lastCompactMinute = minute;
    const qint64 fullCutoff = nowMs - m_limits.fullResolutionMs;
    const qint64 minuteCutoff = (nowMs - m_limits.minuteRetentionMs) / MinuteMs;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    inTransaction(tr("downsample"), [&] {
        QSqlQuery query(db);
        // In time order, so that the last poll of each minute is the one that stays.
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO minutes (series, minute, time_ms, committed, "
                                     "low, high) SELECT series, time_ms / 60000, time_ms, committed, low, "
                                     "high FROM samples WHERE time_ms < ? ORDER BY time_ms"));
        query.addBindValue(fullCutoff);
        const bool moved = query.exec();
        query.prepare(QStringLiteral("DELETE FROM samples WHERE time_ms < ?"));
        query.addBindValue(fullCutoff);
        const bool trimmed = moved && query.exec();
        query.prepare(QStringLiteral("DELETE FROM minutes WHERE minute < ?"));
        query.addBindValue(minuteCutoff);
        const bool expired = trimmed && query.exec();
        query.prepare(QStringLiteral("DELETE FROM events WHERE time_ms < ?"));
        query.addBindValue(minuteCutoff * MinuteMs);
        const bool eventsExpired = expired && query.exec();
        query.prepare(
            QStringLiteral("DELETE FROM events WHERE rowid <= (SELECT MAX(rowid) FROM events) - ?"));
        query.addBindValue(MaxEvents);
        return (eventsExpired && query.exec()) || fail(tr("downsample"), query.lastError().text());
    });
    enforceBound();
}

// The oldest data goes first, an hour of minutes (or five minutes of polls) at a time, until the data
// fits; the freed pages are then handed back to the file system.
void HistoryStore::enforceBound() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    bool deleted = false;
    while (sizeBytes() > m_limits.maxBytes) {
        bool removed = false;
        if (query.exec(QStringLiteral("SELECT MIN(minute) FROM minutes")) && query.next() &&
            !query.value(0).isNull()) {
            const qint64 oldest = query.value(0).toLongLong();
            query.prepare(QStringLiteral("DELETE FROM minutes WHERE minute < ?"));
            query.addBindValue(oldest + 60);
            removed = query.exec() && query.numRowsAffected() > 0;
        } else if (query.exec(QStringLiteral("SELECT MIN(time_ms) FROM samples")) && query.next() &&
                   !query.value(0).isNull()) {
            const qint64 oldest = query.value(0).toLongLong();
            query.prepare(QStringLiteral("DELETE FROM samples WHERE time_ms < ?"));
            query.addBindValue(oldest + 5 * MinuteMs);
            removed = query.exec() && query.numRowsAffected() > 0;
        }
        if (!removed)
            break; // nothing left to give: the events and series alone outgrow the bound
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
        return result;
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
