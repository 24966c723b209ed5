#include "adminoptions.h"

namespace partita {

rdk::AdminOptionsPtr adminOptions(rd_kafka_t *handle, rd_kafka_admin_op_t op,
                                  std::chrono::milliseconds requestTimeout) {
    rdk::AdminOptionsPtr options(rd_kafka_AdminOptions_new(handle, op));
    char errstr[256];
    // Fails only for a timeout outside 0..3600000 ms, which no caller passes.
    rd_kafka_AdminOptions_set_request_timeout(options.get(), int(requestTimeout.count()), errstr,
                                              sizeof errstr);
    return options;
}

} // namespace partita
