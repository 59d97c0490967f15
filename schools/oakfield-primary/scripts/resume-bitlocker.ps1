<#
.SYNOPSIS
    Resumes suspended BitLocker protection on the system drive.
.DESCRIPTION
    Intune remediation, remediation half (DEV-01). Runs only when detect-bitlocker-suspended.ps1 found the
    protectors suspended. Resume-BitLocker keeps the existing recovery key, which is already escrowed to Entra ID.
#>
$ErrorActionPreference = 'Stop'

try {
    Resume-BitLocker -MountPoint $env:SystemDrive | Out-Null
    $volume = Get-BitLockerVolume -MountPoint $env:SystemDrive
    Write-Output "BitLocker protection is now $($volume.ProtectionStatus) on $($env:SystemDrive)."
    exit 0
}
catch {
    Write-Output "BitLocker protection could not be resumed: $($_.Exception.Message)"
    exit 1
}
