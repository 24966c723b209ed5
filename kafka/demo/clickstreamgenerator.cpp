#include "clickstreamgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace partita {

namespace {

constexpr int UserCount = 500;
constexpr int SessionsPerUser = 4;

const std::array<const char *, 10> Pages = {
    "/",     "/search",   "/products/keyboard", "/products/mouse", "/products/monitor",
    "/cart", "/checkout", "/account",           "/help",           "/blog/kafka-basics"};
const std::array<const char *, 6> Referrers = {"",
                                               "https://www.google.com/",
                                               "https://news.ycombinator.com/",
                                               "https://t.co/",
                                               "https://www.naver.com/",
                                               "newsletter"};
const std::array<const char *, 3> Devices = {"desktop", "mobile", "tablet"};

template <typename Array> const char *pick(const Array &values, std::mt19937 &random) {
    return values[std::uniform_int_distribution<size_t>(0, values.size() - 1)(random)];
}

} // namespace

ClickStreamGenerator::ClickStreamGenerator(unsigned seed)
    : m_random(seed) {}

ClickStreamGenerator::Event ClickStreamGenerator::next(qint64 timestampMs) {
    const int user = std::uniform_int_distribution<int>(1, UserCount)(m_random);
    const int session = std::uniform_int_distribution<int>(1, SessionsPerUser)(m_random);
    const QString userId = QStringLiteral("user-%1").arg(user, 4, 10, QLatin1Char('0'));
    QJsonObject event{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("session_id"), QStringLiteral("%1-s%2").arg(userId).arg(session)},
        {QStringLiteral("page"), QLatin1String(pick(Pages, m_random))},
        {QStringLiteral("referrer"), QLatin1String(pick(Referrers, m_random))},
        {QStringLiteral("device"), QLatin1String(pick(Devices, m_random))},
        {QStringLiteral("timestamp"), timestampMs},
    };
    return {userId.toUtf8(), QJsonDocument(event).toJson(QJsonDocument::Compact)};
}

} // namespace partita
