<#
.SYNOPSIS
    Finds laptops where BitLocker protection on the system drive is suspended.
.DESCRIPTION
    Intune remediation, detection half (DEV-01). Exits 1 when the system drive is encrypted but its key
    protectors are suspended (for example after a firmware update that did not resume them), so Intune runs
    resume-bitlocker.ps1. Exits 0 otherwise. It only reads; it changes nothing.
#>
$ErrorActionPreference = 'Stop'

try {
    $volume = Get-BitLockerVolume -MountPoint $env:SystemDrive
}
catch {
    Write-Output "BitLocker status could not be read: $($_.Exception.Message)"
    exit 1
}

if ($volume.VolumeStatus -ne 'FullyDecrypted' -and $volume.ProtectionStatus -eq 'Off') {
    Write-Output "BitLocker protection is suspended on $($env:SystemDrive)."
    exit 1
}

Write-Output "BitLocker protection is $($volume.ProtectionStatus) on $($env:SystemDrive)."
exit 0
