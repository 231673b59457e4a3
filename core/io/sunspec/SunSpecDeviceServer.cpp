#include "io/sunspec/SunSpecDeviceServer.h"

#include "io/sunspec/SunSpecSiteMap.h"
#include "model/InputError.h"

#include <modbus.h>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <deque>
#include <stdexcept>
#include <vector>

namespace gridtwin {

namespace {

constexpr int kMbapLength = 7;   // Modbus TCP header: the unit id is its last byte
constexpr int kMaxClients = 32;

std::int64_t steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

int parseInt(const std::string& text, const std::string& option, const char* expected, int lo, int hi) {
    int v = 0;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || v < lo || v > hi) throw InputError("", "--fault " + option, expected, text);
    return v;
}

} // namespace

void SunSpecFaultOptions::parse(const std::string& text) {
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    const std::string arg = colon == std::string::npos ? std::string() : text.substr(colon + 1);
    if (kind == "drop") {
        drop_every_ms = arg.empty() ? 10000 : 1000 * parseInt(arg, text, "drop[:SECONDS] with 1..86400 s", 1, 86400);
    } else if (kind == "delay") {
        delay_ms = parseInt(arg, text, "delay:MS with 1..60000 ms", 1, 60000);
    } else if (kind == "exception") {
        const auto slash = arg.find('/');
        exception_code = parseInt(arg.substr(0, slash), text, "exception:CODE[/EVERY] with a code 1..11", 1, 11);
        exception_every = slash == std::string::npos
                              ? 1
                              : parseInt(arg.substr(slash + 1), text, "exception:CODE/EVERY with EVERY 1..1000", 1, 1000);
    } else if (kind == "stale" && arg.empty()) {
        stale = true;
    } else {
        throw InputError("", "--fault", "drop[:SECONDS], delay:MS, exception:CODE[/EVERY] or stale", text);
    }
}

struct SunSpecDeviceServer::Impl {
    SunSpecServerConfig config;
    std::unique_ptr<SunSpecPlant> plant;
    SunSpecModelCatalog catalog;  // owned: the map's images point into its definitions
    SunSpecSiteMap map;

    struct Unit {
        int id;
        SunSpecDeviceImage* image;
        modbus_mapping_t* mapping;
    };
    std::vector<Unit> units;
    modbus_t* ctx = nullptr;
    int listen_fd = -1;
    std::vector<int> clients;
    struct Pending {
        int fd;
        std::vector<std::uint8_t> query;
        std::int64_t due_ms;
    };
    std::deque<Pending> pending;  // delayed answers, in due order (one delay for all)

    mutable std::mutex mutex;     // guards faults, last, setpoint (read by other threads)
    SunSpecFaultOptions faults;
    StepRecord last;
    std::optional<double> setpoint_kw;
    std::string error;            // first failure to update the registers ("" = none)

    std::int64_t wall_start_ms = 0;
    std::int64_t sim_start_ms = 0;
    std::int64_t last_drop_ms = 0;
    std::uint64_t request_index = 0;

    Impl(SunSpecServerConfig c, std::unique_ptr<SunSpecPlant> p, const SunSpecModelCatalog& cat)
        : config(std::move(c)), plant(std::move(p)), catalog(cat),
          map(plant->site(), catalog, config.base_address, config.with_701) {}

    ~Impl() { shutdown(); }

    void shutdown() {
        for (int fd : clients) ::close(fd);
        clients.clear();
        pending.clear();
        if (listen_fd >= 0) ::close(listen_fd);
        listen_fd = -1;
        for (Unit& u : units) modbus_mapping_free(u.mapping);
        units.clear();
        if (ctx) modbus_free(ctx);
        ctx = nullptr;
    }

    Unit* unit(int id) {
        for (Unit& u : units)
            if (u.id == id) return &u;
        return nullptr;
    }

    void publish(const Unit& u) {
        const auto regs = u.image->registers();
        std::copy(regs.begin(), regs.end(), u.mapping->tab_registers);
    }

    // Advances the plant to the wall clock x speed and refreshes the registers (unless stale).
    // first: publish even under the stale fault (the map and the first values must exist).
    void refresh(bool first = false) {
        const std::int64_t now = steadyMs();
        const double elapsed_ms = static_cast<double>(now - wall_start_ms) * config.speed;
        const std::int64_t target = sim_start_ms + static_cast<std::int64_t>(elapsed_ms);
        const double dt_h = static_cast<double>(plant->stepMs()) / 3.6e6;
        plant->advanceTo(target, [&](const StepRecord& r) { map.accumulate(r, dt_h); });
        bool stale = false;
        {
            std::lock_guard lock(mutex);
            stale = faults.stale;
            last = plant->last();
        }
        if (stale && !first) return;
        // 802 Hb counts wall-clock seconds, so a client can tell frozen values from a quiet site.
        map.update(plant->last(), static_cast<std::uint16_t>(((now - wall_start_ms) / 1000) & 0xFFFF));
        for (const Unit& u : units) publish(u);
    }

    void dropClient(int fd) {
        ::close(fd);
        clients.erase(std::remove(clients.begin(), clients.end(), fd), clients.end());
        std::erase_if(pending, [fd](const Pending& p) { return p.fd == fd; });
    }

    // A write reached the storage registers: take the setpoint it asks for.
    void applyWrite(Unit& u, int address, int count) {
        const auto base = static_cast<int>(config.base_address);
        auto regs = u.image->registers();
        for (int a = address; a < address + count; ++a)
            regs[static_cast<std::size_t>(a - base)] = u.mapping->tab_registers[a - base];
        if (u.image != &map.storage()) return;
        const std::optional<double> sp = map.storageSetpointKw();
        plant->setBessSetpointKw(sp);
        std::lock_guard lock(mutex);
        setpoint_kw = sp;
    }

    void answer(int fd, const std::uint8_t* query, int length) {
        modbus_set_socket(ctx, fd);
        const int unit_id = query[kMbapLength - 1];
        const int function = query[kMbapLength];
        Unit* u = unit(unit_id);
        if (!u) {
            modbus_reply_exception(ctx, query, MODBUS_EXCEPTION_GATEWAY_TARGET);
            return;
        }
        SunSpecFaultOptions f;
        {
            std::lock_guard lock(mutex);
            f = faults;
        }
        ++request_index;
        if (f.exception_code > 0 && request_index % static_cast<std::uint64_t>(std::max(1, f.exception_every)) == 0) {
            modbus_reply_exception(ctx, query, static_cast<unsigned>(f.exception_code));
            return;
        }
        const int address = (query[kMbapLength + 1] << 8) | query[kMbapLength + 2];
        const bool write = function == 0x06 || function == 0x10;
        const int count = function == 0x06 ? 1 : (query[kMbapLength + 3] << 8) | query[kMbapLength + 4];
        if (write && !u->image->writable(static_cast<std::uint32_t>(address), count)) {
            modbus_reply_exception(ctx, query, MODBUS_EXCEPTION_ILLEGAL_DATA_ADDRESS);
            return;
        }
        if (function == 0x17) { // read/write multiple: not offered (SunSpec clients do not need it)
            modbus_reply_exception(ctx, query, MODBUS_EXCEPTION_ILLEGAL_FUNCTION);
            return;
        }
        // A write takes effect before the reply: once the client holds the acknowledgement, the
        // plant already follows it. A malformed write is left to modbus_reply to refuse.
        if (write && storeWrite(*u, query, length, function, address, count)) applyWrite(*u, address, count);
        modbus_reply(ctx, query, length, u->mapping);
    }

    // Copies the values of a well-formed FC 0x06 / 0x10 request into the mapping.
    bool storeWrite(Unit& u, const std::uint8_t* query, int length, int function, int address, int count) {
        const int first = function == 0x06 ? kMbapLength + 3 : kMbapLength + 6;
        if (function == 0x10 && (count < 1 || query[kMbapLength + 5] != 2 * count)) return false;
        if (length < first + 2 * count) return false;
        const auto base = static_cast<int>(config.base_address);
        for (int i = 0; i < count; ++i)
            u.mapping->tab_registers[address - base + i] =
                static_cast<std::uint16_t>((query[first + 2 * i] << 8) | query[first + 2 * i + 1]);
        return true;
    }
};

SunSpecDeviceServer::SunSpecDeviceServer(SunSpecServerConfig config, std::unique_ptr<SunSpecPlant> plant,
                                         const SunSpecModelCatalog& catalog) {
    if (!plant) throw std::invalid_argument("SunSpecDeviceServer needs a plant");
    for (int id : {config.inverter_unit, config.storage_unit, config.meter_unit})
        if (id < 1 || id > 247) throw InputError("", "unit id", "1..247", std::to_string(id));
    if (config.inverter_unit == config.storage_unit || config.inverter_unit == config.meter_unit ||
        config.storage_unit == config.meter_unit)
        throw InputError("", "unit ids", "three different unit ids", "a repeated id");
    if (!(config.speed > 0) || config.speed > 3600) throw InputError("", "--speed", "a factor in (0, 3600]", std::to_string(config.speed));
    impl_ = std::make_unique<Impl>(std::move(config), std::move(plant), catalog);
    impl_->faults = impl_->config.faults;
}

SunSpecDeviceServer::~SunSpecDeviceServer() { stop(); }

void SunSpecDeviceServer::start() {
    Impl& s = *impl_;
    if (thread_.joinable()) return;
    s.ctx = modbus_new_tcp(s.config.bind_address.c_str(), s.config.port);
    if (!s.ctx) throw std::runtime_error("cannot create a Modbus server context for " + s.config.bind_address);
    modbus_set_indication_timeout(s.ctx, 1, 0);
    s.listen_fd = modbus_tcp_listen(s.ctx, kMaxClients);
    if (s.listen_fd < 0) {
        const std::string err = modbus_strerror(errno);
        s.shutdown();
        throw std::runtime_error("cannot listen on " + s.config.bind_address + ":" + std::to_string(s.config.port) + ": " + err);
    }
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(s.listen_fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) port_ = ntohs(addr.sin_port);
    const auto n = static_cast<int>(s.map.inverter().registers().size());
    const auto base = static_cast<unsigned>(s.config.base_address);
    for (auto [id, img] : std::array<std::pair<int, SunSpecDeviceImage*>, 3>{
             {{s.config.inverter_unit, &s.map.inverter()},
              {s.config.storage_unit, &s.map.storage()},
              {s.config.meter_unit, &s.map.meter()}}}) {
        const auto regs = static_cast<int>(img->registers().size());
        // Holding registers only (FC 3/6/16), starting at the base address.
        modbus_mapping_t* m = modbus_mapping_new_start_address(0, 0, 0, 0, base, static_cast<unsigned>(std::max(n, regs)), 0, 0);
        if (!m) {
            s.shutdown();
            throw std::runtime_error("cannot allocate the Modbus register mapping");
        }
        s.units.push_back({id, img, m});
    }
    s.wall_start_ms = steadyMs();
    s.last_drop_ms = s.wall_start_ms;
    // The first step runs at once, so a client never reads the all-zero record before it.
    s.sim_start_ms = s.plant->nowMs() + s.plant->stepMs();
    s.refresh(true);
    thread_ = std::jthread([this](std::stop_token st) { serve(st); });
}

void SunSpecDeviceServer::stop() {
    if (thread_.joinable()) {
        thread_.request_stop();
        thread_.join();
    }
    if (impl_) impl_->shutdown();
}

void SunSpecDeviceServer::setFaults(const SunSpecFaultOptions& faults) {
    std::lock_guard lock(impl_->mutex);
    impl_->faults = faults;
}

StepRecord SunSpecDeviceServer::lastRecord() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->last;
}

std::string SunSpecDeviceServer::updateError() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->error;
}

std::optional<double> SunSpecDeviceServer::bessSetpointKw() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->setpoint_kw;
}

void SunSpecDeviceServer::serve(std::stop_token stop) {
    Impl& s = *impl_;
    std::vector<std::uint8_t> query(MODBUS_TCP_MAX_ADU_LENGTH);
    std::int64_t next_refresh = steadyMs() + s.config.update_interval_ms;
    std::vector<pollfd> fds;
    while (!stop.stop_requested()) {
        SunSpecFaultOptions f;
        {
            std::lock_guard lock(s.mutex);
            f = s.faults;
        }
        std::int64_t now = steadyMs();
        if (f.drop_every_ms > 0 && now - s.last_drop_ms >= f.drop_every_ms) {
            s.last_drop_ms = now;
            for (int fd : std::vector<int>(s.clients)) s.dropClient(fd);
        }
        while (!s.pending.empty() && s.pending.front().due_ms <= now) {
            Impl::Pending p = std::move(s.pending.front());
            s.pending.pop_front();
            s.answer(p.fd, p.query.data(), static_cast<int>(p.query.size()));
        }
        if (now >= next_refresh) {
            // A value that does not fit its register must not kill the server thread: the
            // registers keep their last values (clients see them stop) and the error is kept.
            try {
                s.refresh();
            } catch (const std::exception& e) {
                std::lock_guard lock(s.mutex);
                if (s.error.empty()) s.error = e.what();
            }
            next_refresh = now + s.config.update_interval_ms;
        }
        std::int64_t wait = std::min<std::int64_t>(next_refresh - now, 50);
        if (!s.pending.empty()) wait = std::min(wait, s.pending.front().due_ms - now);
        fds.clear();
        fds.push_back({s.listen_fd, POLLIN, 0});
        for (int fd : s.clients) fds.push_back({fd, POLLIN, 0});
        const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<std::int64_t>(0, wait)));
        if (ready <= 0) continue;
        if (fds[0].revents & POLLIN) {
            int lfd = s.listen_fd;
            const int fd = modbus_tcp_accept(s.ctx, &lfd);
            if (fd >= 0) {
                if (static_cast<int>(s.clients.size()) >= kMaxClients) ::close(fd);
                else {
                    s.clients.push_back(fd);
                    ++connections_;
                }
            }
        }
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const int fd = fds[i].fd;
            modbus_set_socket(s.ctx, fd);
            const int rc = modbus_receive(s.ctx, query.data());
            if (rc <= 0) {
                if (rc < 0) s.dropClient(fd);
                continue;
            }
            ++requests_;
            if (f.delay_ms > 0) {
                s.pending.push_back({fd, std::vector<std::uint8_t>(query.begin(), query.begin() + rc), steadyMs() + f.delay_ms});
                continue;
            }
            s.answer(fd, query.data(), rc);
        }
    }
}

} // namespace gridtwin
