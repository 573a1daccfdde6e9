<#
.SYNOPSIS
    Builds the Opora installer for Windows (opora-<version>-win64.exe) in one command.

.DESCRIPTION
    Configures and builds Opora with CMake against the Qt kit given, copies Qt beside the
    programs with windeployqt and packs everything with NSIS. See installer\windows\README.md.

.PARAMETER QtDir
    The Qt kit folder, e.g. C:\Qt\6.5.3\msvc2019_64 or C:\Qt\6.5.3\mingw_64.

.PARAMETER BuildDir
    Where to build; build\windows under the source folder unless given.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\windows\build-installer.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64
#>
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [string]$BuildDir
)

$ErrorActionPreference = 'Stop'
$source = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
if (-not $BuildDir) { $BuildDir = Join-Path $source 'build\windows' }
$QtDir = (Resolve-Path $QtDir).Path
$qtRoot = Split-Path (Split-Path $QtDir -Parent) -Parent   # C:\Qt

function Invoke-Step([string]$what, [scriptblock]$command) {
    Write-Host "== $what"
    & $command
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)." }
}

function Add-ToPathIfPresent([string]$folder) {
    if (Test-Path $folder) { $env:PATH = "$folder;$env:PATH" }
}

if (-not (Test-Path (Join-Path $QtDir 'bin\windeployqt.exe'))) {
    throw "$QtDir is not a Qt kit folder: bin\windeployqt.exe is missing."
}

# The tools the Qt installer and NSIS put in their usual places are found without PATH edits.
Add-ToPathIfPresent (Join-Path $qtRoot 'Tools\CMake_64\bin')
Add-ToPathIfPresent (Join-Path $qtRoot 'Tools\Ninja')
Add-ToPathIfPresent "${env:ProgramFiles(x86)}\NSIS"
Add-ToPathIfPresent "${env:ProgramFiles}\NSIS"

$generator = @()
if ($QtDir -match 'mingw') {
    # A MinGW kit is built with the MinGW compiler the Qt installer ships under Tools.
    $mingw = Get-ChildItem (Join-Path $qtRoot 'Tools') -Directory -Filter 'mingw*' |
        Sort-Object Name -Descending | Select-Object -First 1
    if (-not $mingw) { throw "No MinGW compiler under $qtRoot\Tools: add it in the Qt Maintenance Tool." }
    Add-ToPathIfPresent (Join-Path $mingw.FullName 'bin')
    $generator = @('-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release')
}
# An MSVC kit needs nothing more: CMake picks the newest Visual Studio by itself.

foreach ($tool in 'cmake', 'cpack', 'makensis') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool was not found. Install CMake 3.25 or newer and NSIS 3 (see installer\windows\README.md)."
    }
}

Invoke-Step 'Configure' {
    cmake -S $source -B $BuildDir @generator "-DCMAKE_PREFIX_PATH=$QtDir" -DOPORA_BUILD_TESTS=OFF
}
Invoke-Step 'Build' { cmake --build $BuildDir --config Release --parallel }
Invoke-Step 'Pack the installer' {
    cpack --config (Join-Path $BuildDir 'CPackConfig.cmake') -G NSIS -C Release -B (Join-Path $BuildDir 'installer')
}

$installer = Get-ChildItem (Join-Path $BuildDir 'installer') -Filter 'opora-*.exe' | Select-Object -First 1
Write-Host "Installer: $($installer.FullName)"
