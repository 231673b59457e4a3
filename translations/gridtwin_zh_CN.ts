<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppOptions</name>
    <message>
        <source>GridTwin live operations console</source>
        <translation>GridTwin 实时运行控制台</translation>
    </message>
    <message>
        <source>Render the main window offscreen into FILE.png and exit.</source>
        <translation>在后台将主窗口渲染为 FILE.png 后退出。</translation>
    </message>
    <message>
        <source>Simulated seconds to run before the screenshot.</source>
        <translation>截图前要模拟的秒数。</translation>
    </message>
    <message>
        <source>Colour theme: dark or light.</source>
        <translation>配色主题：dark（深色）或 light（浅色）。</translation>
    </message>
    <message>
        <source>Language: en, de or zh_CN.</source>
        <translation>语言：en、de 或 zh_CN。</translation>
    </message>
    <message>
        <source>--after expects a number of seconds &gt;= 0, found &quot;%1&quot;</source>
        <translation>--after 需要大于等于 0 的秒数，实际为“%1”</translation>
    </message>
    <message>
        <source>--theme expects dark or light, found &quot;%1&quot;</source>
        <translation>--theme 需要 dark 或 light，实际为“%1”</translation>
    </message>
    <message>
        <source>--lang expects en, de or zh_CN, found &quot;%1&quot;</source>
        <translation>--lang 需要 en、de 或 zh_CN，实际为“%1”</translation>
    </message>
    <message>
        <source>Window the screenshot shows: %1.</source>
        <translation>截图显示的窗口：%1。</translation>
    </message>
    <message>
        <source>--screen expects one of %1, found &quot;%2&quot;</source>
        <translation>--screen 应为 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>User profile: operator, engineer or compliance.</source>
        <translation>用户配置：operator（操作员）、engineer（工程师）或 compliance（合规）。</translation>
    </message>
    <message>
        <source>Data source: sim, replay:FILE.csv, replay:FILE.db#SITE, devices:HOST:PORT[:INV,BESS,MTR], prometheus:URL or dcgm:URL.</source>
        <translation>数据源：sim、replay:文件.csv、replay:文件.db#站点、devices:主机:端口[:INV,BESS,MTR]、prometheus:URL 或 dcgm:URL。</translation>
    </message>
    <message>
        <source>Record every sample and alarm into this historian file.</source>
        <translation>将每个采样和告警记录到此历史数据库文件。</translation>
    </message>
    <message>
        <source>--profile expects operator, engineer or compliance, found &quot;%1&quot;</source>
        <translation>--profile 应为 operator、engineer 或 compliance，实际为“%1”</translation>
    </message>
    <message>
        <source>Site JSON to show; its data_sources.live_source is opened unless --source is given.</source>
        <translation>要显示的站点 JSON；除非指定了 --source，否则打开其 data_sources.live_source。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmListView</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>Acknowledge the selected alarms (Ctrl+K)</source>
        <translation>确认所选告警 (Ctrl+K)</translation>
    </message>
    <message>
        <source>%1 active, %2 unacknowledged</source>
        <translation>%1 个活动，%2 个未确认</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmTableModel</name>
    <message>
        <source>Peak threshold exceeded</source>
        <translation>超过峰值阈值</translation>
    </message>
    <message>
        <source>SoC below reserve</source>
        <translation>荷电状态低于预留值</translation>
    </message>
    <message>
        <source>Export limit reached</source>
        <translation>达到上网功率限值</translation>
    </message>
    <message>
        <source>Data stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>Source fault</source>
        <translation>数据源故障</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>活动，已确认</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>cleared, acknowledged</source>
        <translation>已消除，已确认</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>Time (site)</source>
        <translation>时间（站点）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ConnectionDialog</name>
    <message>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Record to historian</source>
        <translation>记录到历史数据库</translation>
    </message>
    <message>
        <source>Connect to a data source</source>
        <translation>连接数据源</translation>
    </message>
    <message>
        <source>Reference-site simulation</source>
        <translation>参考站点模拟</translation>
    </message>
    <message>
        <source>Recorded log</source>
        <translation>已记录的日志</translation>
    </message>
    <message>
        <source>Site devices (SunSpec)</source>
        <translation>站点设备（SunSpec）</translation>
    </message>
    <message>
        <source>GPU power (Prometheus / DCGM)</source>
        <translation>GPU 功率（Prometheus / DCGM）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Last good (UTC)</source>
        <translation>最后有效时间（UTC）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Current source</source>
        <translation>当前数据源</translation>
    </message>
    <message>
        <source>The embedded simulation of the reference site (15 MW GPU cluster, 5 MWp PV, 20 MWh BESS) with the bundled PVGIS weather.</source>
        <translation>参考站点的内置模拟（15 MW GPU 集群、5 MWp 光伏、20 MWh 储能），使用随附的 PVGIS 气象数据。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>time-series CSV or historian file</source>
        <translation>时间序列 CSV 或历史数据库文件</translation>
    </message>
    <message>
        <source>site name (historian files only)</source>
        <translation>站点名称（仅限历史数据库文件）</translation>
    </message>
    <message>
        <source>From the beginning of the log</source>
        <translation>从日志开头</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>PV inverter unit id (0 = none)</source>
        <translation>光伏逆变器单元 ID（0 = 无）</translation>
    </message>
    <message>
        <source>BESS unit id (0 = none)</source>
        <translation>储能单元 ID（0 = 无）</translation>
    </message>
    <message>
        <source>Site meter unit id (0 = none)</source>
        <translation>站点电表单元 ID（0 = 无）</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <source>Prometheus query</source>
        <translation>Prometheus 查询</translation>
    </message>
    <message>
        <source>DCGM exporter /metrics</source>
        <translation>DCGM 导出器 /metrics</translation>
    </message>
    <message>
        <source>IT power per GPU power: CPUs, memory, network and fans of the nodes (about 1.8 for a DGX H100: 10.2 kW per 8 x 700 W)</source>
        <translation>IT 功率与 GPU 功率之比：节点的 CPU、内存、网络和风扇（DGX H100 约为 1.8：10.2 kW / 8 × 700 W）</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PromQL (W)</source>
        <translation>PromQL（W）</translation>
    </message>
    <message>
        <source>Node overhead factor</source>
        <translation>节点开销系数</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Time-series CSV (*.csv);;Historian (*.db *.sqlite);;All files (*)</source>
        <translation>时间序列 CSV (*.csv);;历史数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Historian file</source>
        <translation>历史数据库文件</translation>
    </message>
    <message>
        <source>Historian (*.db *.sqlite)</source>
        <translation>历史数据库 (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>GPU power %1</source>
        <translation>GPU 功率 %1</translation>
    </message>
    <message>
        <source>at %1 of %2 .. %3</source>
        <translation>位于 %1（范围 %2 .. %3）</translation>
    </message>
    <message>
        <source>Historian %1</source>
        <translation>历史数据库 %1</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>记录中</translation>
    </message>
    <message>
        <source>write errors</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>光伏逆变器</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>site meter</source>
        <translation>站点电表</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>等待重新连接</translation>
    </message>
    <message>
        <source>%1 steps written, %2 queued</source>
        <translation>已写入 %1 个时间步，%2 个排队中</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::KpiTilesView</name>
    <message>
        <source>Grid import</source>
        <translation>电网购电</translation>
    </message>
    <message>
        <source>Billing interval mean</source>
        <translation>计费时段平均值</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>今日电量</translation>
    </message>
    <message>
        <source>Energy cost today</source>
        <translation>今日电费</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>上网 %1</translation>
    </message>
    <message>
        <source>threshold %1 · month peak %2</source>
        <translation>阈值 %1 · 月峰值 %2</translation>
    </message>
    <message>
        <source>so far in this interval · threshold %1</source>
        <translation>本时段至今 · 阈值 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>empty in %1</source>
        <translation>%1 后放空</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>%1 后充满</translation>
    </message>
    <message>
        <source>imported · exported %1 · PV %2</source>
        <translation>购电 · 上网 %1 · 光伏 %2</translation>
    </message>
    <message>
        <source>energy only, since midnight</source>
        <translation>仅电量费用，自午夜起</translation>
    </message>
    <message>
        <source>emissions today %1 CO₂e</source>
        <translation>今日排放 %1 CO₂e</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::MainWindow</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>faulted</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Alarms and events</source>
        <translation>告警与事件</translation>
    </message>
    <message>
        <source>GridTwin: %1 (live)</source>
        <translation>GridTwin：%1（实时）</translation>
    </message>
    <message>
        <source>Weather: PVGIS TMY 45.0N 8.0E (bundled); prices and carbon: built-in example profiles</source>
        <translation>天气：PVGIS TMY 45.0N 8.0E（内置）；电价与碳排放：内置示例曲线</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>仿真</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume the source (Space)</source>
        <translation>暂停或继续数据源（空格）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Produce one sample while paused (S)</source>
        <translation>暂停时生成一个采样 (S)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Run at %1 (%2)</source>
        <translation>以 %1 运行 (%2)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>仿真(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GridTwin</source>
        <translation>关于 GridTwin(&amp;A)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Simulated time: %1 UTC · %2 %3</source>
        <translation>仿真时间：%1 UTC · %2 %3</translation>
    </message>
    <message>
        <source>About GridTwin</source>
        <translation>关于 GridTwin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Energy digital twin for AI compute sites: GPU cluster, PV, battery storage and grid.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;面向 AI 算力站点的能源数字孪生：GPU 集群、光伏、储能电池与电网。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本 (GPL-3.0-or-later)。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect to a data source...</source>
        <translation>连接数据源(&amp;C)...</translation>
    </message>
    <message>
        <source>Engineering &amp;workbench...</source>
        <translation>工程工作台(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Report...</source>
        <translation>报告(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>Setpoint writing</source>
        <translation>写入设定值</translation>
    </message>
    <message>
        <source>Source time: %1 UTC · %2 %3</source>
        <translation>数据源时间：%1 UTC · %2 %3</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::PowerFlowView</name>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Site bus</source>
        <translation>站点母线</translation>
    </message>
    <message>
        <source>GPU cluster (IT)</source>
        <translation>GPU 集群 (IT)</translation>
    </message>
    <message>
        <source>Cooling / aux</source>
        <translation>冷却 / 辅助</translation>
    </message>
    <message>
        <source>curtailed %1</source>
        <translation>弃光 %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>export</source>
        <translation>上网</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>discharging</source>
        <translation>放电中</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>等待数据…</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReplayControl</name>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Position in the recorded log; release to seek</source>
        <translation>在已记录日志中的位置；松开以跳转</translation>
    </message>
    <message>
        <source>Seek to this time (UTC)</source>
        <translation>跳转到此时间（UTC）</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReportDialog</name>
    <message>
        <source>Compliance white paper</source>
        <translation>合规白皮书</translation>
    </message>
    <message>
        <source>&quot;demo&quot; for the reference site, or a site JSON file</source>
        <translation>“demo”表示参考站点，或站点 JSON 文件</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Year (UTC)</source>
        <translation>年份（UTC）</translation>
    </message>
    <message>
        <source>Language of the report, independent of the application&apos;s language</source>
        <translation>报告语言，与应用程序语言无关</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>bundled demo input (demo site) or none</source>
        <translation>随附的演示输入（演示站点）或无</translation>
    </message>
    <message>
        <source>Grid factors</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <source>site&apos;s carbon input or bundled demo factors</source>
        <translation>站点的碳数据输入或随附的演示因子</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>GOs, PPAs, residual mix</source>
        <translation>来源担保、购电协议、剩余电力组合</translation>
    </message>
    <message>
        <source>Slurm sacct -P</source>
        <translation>Slurm sacct -P</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Carbon prices by quarter</source>
        <translation>按季度的碳价格</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>取消生成(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>保存 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Save &amp;ledger CSV...</source>
        <translation>保存台账 CSV(&amp;L)...</translation>
    </message>
    <message>
        <source>Choose the inputs and generate.</source>
        <translation>选择输入后生成。</translation>
    </message>
    <message>
        <source>No report generated yet.</source>
        <translation>尚未生成报告。</translation>
    </message>
    <message>
        <source>Save the white paper</source>
        <translation>保存白皮书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the hourly ledger</source>
        <translation>保存逐时台账</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <source>Cancelling after the current stage...</source>
        <translation>将在当前阶段完成后取消...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 pages; manifest SHA-256 %2; study %3 s, document %4 s</source>
        <translation>%1 页；清单 SHA-256 %2；研究 %3 秒，文档 %4 秒</translation>
    </message>
    <message>
        <source>Nothing generated yet.</source>
        <translation>尚未生成任何内容。</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>已保存 %1（%2 页）。</translation>
    </message>
    <message>
        <source>Saved %1 (%2 hours).</source>
        <translation>已保存 %1（%2 小时）。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SettingsDialog</name>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Watch the site and acknowledge alarms.</source>
        <translation>监视站点并确认告警。</translation>
    </message>
    <message>
        <source>Commission sources, tune the controller in the workbench and, when explicitly enabled, write setpoints to devices.</source>
        <translation>调试数据源，在工作台中整定控制器，并在明确启用后向设备写入设定值。</translation>
    </message>
    <message>
        <source>Read the carbon ledger and produce reports.</source>
        <translation>查阅碳台账并生成报告。</translation>
    </message>
    <message>
        <source>Allow writing setpoints to devices</source>
        <translation>允许向设备写入设定值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit log)</source>
        <translation>原因（记录在审计日志中）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>用户配置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Only the engineer profile can write setpoints.</source>
        <translation>只有工程师配置可以写入设定值。</translation>
    </message>
    <message>
        <source>Open a project file first: the permission change is recorded in its audit log.</source>
        <translation>请先打开项目文件：权限变更将记录在其审计日志中。</translation>
    </message>
    <message>
        <source>Enter a reason to enable setpoint writing.</source>
        <translation>请输入启用设定值写入的原因。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TrendPanel</name>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>Time window of the trends</source>
        <translation>趋势时间窗口</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Freeze the trends to inspect them with the mouse cursor</source>
        <translation>冻结趋势图以便用鼠标光标读数</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Month peak</source>
        <translation>月峰值</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>功率 (MW)</translation>
    </message>
    <message>
        <source>SoC (%)</source>
        <translation>荷电状态 (%)</translation>
    </message>
    <message>
        <source>€/MWh</source>
        <translation>欧元/MWh</translation>
    </message>
    <message>
        <source>g/kWh</source>
        <translation>g/kWh</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 · PV %2 · load %3 · grid %4 %5 · BESS %6 %7 · SoC %8 · %9 €/MWh · %10</source>
        <translation>%1 · 光伏 %2 · 负荷 %3 · 电网 %4 %5 · 储能 %6 %7 · 荷电状态 %8 · %9 欧元/MWh · %10</translation>
    </message>
    <message>
        <source>import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>export</source>
        <translation>上网</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>放电</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>充电</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::UnitFormat</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
</TS>
