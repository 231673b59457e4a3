#include "io/LiveSource.h"

namespace gridtwin {

const char* sourceStateName(SourceState s) {
    switch (s) {
    case SourceState::Stopped: return "stopped";
    case SourceState::Running: return "running";
    case SourceState::Paused: return "paused";
    case SourceState::Finished: return "finished";
    case SourceState::Faulted: return "faulted";
    }
    return "unknown";
}

} // namespace gridtwin
