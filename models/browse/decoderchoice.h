#pragma once

#include "messagedecoder.h"

namespace partita {

// The decoders chosen for a topic's keys and values, remembered in QSettings by topic name.
struct DecoderChoice {
    Decoder key = Decoder::Auto;
    Decoder value = Decoder::Auto;

    // What was chosen for the topic last, or its defaults (defaultDecoder()) when nothing was.
    static DecoderChoice load(const QString &topic);
    void save(const QString &topic) const;

    bool operator==(const DecoderChoice &other) const { return key == other.key && value == other.value; }
    bool operator!=(const DecoderChoice &other) const { return !(*this == other); }
};

} // namespace partita
