# Build KuntaSome's Windows installer and try it as a user without admin rights would.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-and-smoke-test.ps1
#
# Needs Python 3.11+ and Inno Setup 6 (iscc; the GitHub Windows runners have both). Builds the
# frozen application (packaging\kuntasome.spec), the installer (kuntasome.iss), installs it
# silently for the current user, runs the installed program (--version, init, demo, check,
# moderation verify, a report PDF, the window's self-test offscreen), uninstalls it silently and
# checks that the program is gone and the user's data stayed.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path

function Step($text) { Write-Host "`n== $text" }
function Check($ok, $what) { if (-not $ok) { throw "FAILED: $what" } }
function Run($program) {
  $output = & $program @args
  Check ($LASTEXITCODE -eq 0) "$program $args (exit $LASTEXITCODE)"
  return $output
}

Step "build environment"
if (-not (Test-Path build\venv\Scripts\python.exe)) { python -m venv build\venv }
$env:PIP_CONSTRAINT = "$Root\packaging\constraints.txt"
Run build\venv\Scripts\python.exe -m pip install -q --disable-pip-version-check . -r packaging\constraints-build.txt
Remove-Item Env:PIP_CONSTRAINT
$Version = (Run build\venv\Scripts\python.exe -c "import kuntasome; print(kuntasome.__version__)").Trim()

Step "freezing KuntaSome $Version"
Run build\venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN `
  --distpath build\pyinstaller\dist --workpath build\pyinstaller\work packaging\kuntasome.spec

Step "installer"
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Run $iscc /Q "/DAppVersion=$Version" packaging\windows\kuntasome.iss
$Setup = "build\dist\KuntaSome-$Version-windows-x64-setup.exe"
Check (Test-Path $Setup) "the installer"

Step "silent per-user install"
$process = Start-Process $Setup -Wait -PassThru -ArgumentList `
  "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/LOG=$Root\build\dist\setup.log"
Check ($process.ExitCode -eq 0) "setup exit code $($process.ExitCode)"
$App = Join-Path $env:LOCALAPPDATA "Programs\KuntaSome"
$Cli = Join-Path $App "kuntasome-cli.exe"
Check (Test-Path (Join-Path $App "KuntaSome.exe")) "KuntaSome.exe in $App"
$StartMenu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs\KuntaSome.lnk"
Check (Test-Path $StartMenu) "the Start-menu entry"

Step "smoke test of $Cli"
$env:QT_QPA_PLATFORM = "offscreen"
$Scratch = Join-Path $env:TEMP "kuntasome-smoke-$PID"
Check ((Run $Cli --version).Trim() -eq "KuntaSome $Version") "--version"
$Data = Join-Path $env:LOCALAPPDATA "KuntaSome"
$hadData = Test-Path $Data
Run $Cli init --organisation Testby --country FI | Out-Null
Check (Test-Path (Join-Path $Data "kuntasome.sqlite")) "the default data folder $Data"
Run $Cli --data-dir "$Scratch\demo" demo | Out-Null
Run $Cli --data-dir "$Scratch\demo" check | Out-Null
Run $Cli --data-dir "$Scratch\demo" moderation verify | Out-Null
Run $Cli --data-dir "$Scratch\demo" report --period 2026-10 --lang sv --out "$Scratch\r.pdf" | Out-Null
Check ((Get-Item "$Scratch\r.pdf").Length -gt 10000) "the report PDF"
$started = Get-Date
$report = Run $Cli --data-dir "$Scratch\demo" --lang fi --smoke-test
$seconds = ((Get-Date) - $started).TotalSeconds
Write-Host $report
Check ($report -match '"ok": true') "the window's self-test"
Check ($report -match '"Tänään"') "the Finnish sections"
$venvStarted = Get-Date
Run build\venv\Scripts\python.exe -m kuntasome --data-dir "$Scratch\demo" --smoke-test | Out-Null
$venvSeconds = ((Get-Date) - $venvStarted).TotalSeconds

Step "sizes and cold start"
"{0:N1} MB  {1}" -f ((Get-Item $Setup).Length / 1MB), $Setup
"{0:N1} MB  installed" -f ((Get-ChildItem $App -Recurse | Measure-Object Length -Sum).Sum / 1MB)
"window start to exit: frozen {0:N2} s, venv {1:N2} s" -f $seconds, $venvSeconds

Step "silent uninstall"
$process = Start-Process (Join-Path $App "unins000.exe") -Wait -PassThru -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"
Check ($process.ExitCode -eq 0) "uninstall exit code $($process.ExitCode)"
Start-Sleep -Seconds 2  # the uninstaller removes itself after it has ended
Check (-not (Test-Path (Join-Path $App "KuntaSome.exe"))) "the program removed"
Check (-not (Test-Path $StartMenu)) "the Start-menu entry removed"
Check (Test-Path (Join-Path $Data "kuntasome.sqlite")) "the user's data kept"
if (-not $hadData) { Remove-Item -Recurse -Force $Data }
Remove-Item -Recurse -Force $Scratch
Step "done: $Setup"
