#include "model/SiteConfig.h"

namespace gridtwin {

// The defaults in SiteConfig.h are the reference site; this is where a future change of the
// embedded default would go without touching the schema defaults.
SiteConfig referenceSite() { return SiteConfig{}; }

} // namespace gridtwin
